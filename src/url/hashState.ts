import type { ClassMethod } from '../scale/classify'
import { PALETTES, type PaletteName } from '../scale/palette'
import { HORIZON_FILTERS, type HorizonFilter } from '../metrics/filter'
import { MAP_METRICS, type MapMetric } from '../types/view'

export type Lang = 'zh' | 'en'

export interface Camera {
  lon: number
  lat: number
  zoom: number
}

export { HORIZON_FILTERS, type HorizonFilter }

export const TOUR_ORDERS = ['investment', 'projects', 'geographic'] as const
export type TourOrder = (typeof TOUR_ORDERS)[number]

/** Everything a shared link restores. */
export interface UrlState {
  area: string | null
  metric: MapMetric
  method: ClassMethod
  classes: number
  palette: PaletteName
  zones: boolean
  lang: Lang | null
  camera: Camera | null
  /** Only figures of this report (id as in pledges.json), or all reports. */
  report: string | null
  /** Only reports published in this year. */
  year: number | null
  horizon: HorizonFilter
  /** Areas in the comparison view (2–4), empty when not comparing. */
  compare: string[]
  /** Presentation mode, its tour order and step, and the opt-in kiosk loop. */
  present: boolean
  tour: TourOrder
  step: number
  kiosk: boolean
}

export const DEFAULT_STATE: UrlState = {
  area: null,
  metric: 'investment',
  method: 'ckmeans',
  classes: 4,
  palette: 'YlGnBu',
  zones: true,
  lang: null,
  camera: null,
  report: null,
  year: null,
  horizon: 'all',
  compare: [],
  present: false,
  tour: 'investment',
  step: 0,
  kiosk: false,
}

/** Short codes keep shared links short; each list is also the allow-list for parsing. */
const METRIC_CODES: Record<MapMetric, string> = {
  investment: 'inv',
  projects: 'prj',
  investmentPerKm2: 'km2',
  investmentPerResident: 'cap',
  figureCount: 'cov',
}
const METHOD_CODES: Record<ClassMethod, string> = { ckmeans: 'nb', quantile: 'q', equal: 'eq' }

const MAX_HASH_LENGTH = 2000
const ID_PATTERN = /^[a-z0-9-]{1,40}$/

function decode<T extends string>(codes: Record<T, string>, code: string | null): T | undefined {
  return (Object.keys(codes) as T[]).find((k) => codes[k] === code)
}

function parseCamera(raw: string): Camera | null {
  const parts = raw.split(',').map(Number)
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null
  const [lon = 0, lat = 0, zoom = 0] = parts
  // Only views around Qingdao make sense; anything else is a broken or hostile link.
  if (lon < 117 || lon > 124 || lat < 33 || lat > 39 || zoom < 4 || zoom > 16) return null
  return { lon, lat, zoom }
}

export interface ParsedHash {
  state: UrlState
  /** Parts of the hash that were ignored, each with a reason for the message shown to the user. */
  problems: { key: string; value: string }[]
}

/**
 * Parses `location.hash` with allow-lists. Never throws: unknown or malformed values fall back to
 * the defaults and are reported, so a broken link still opens the map.
 */
export function parseHash(
  hash: string,
  knownAreaIds: ReadonlySet<string>,
  knownReportIds: ReadonlySet<string> = new Set(),
): ParsedHash {
  const state: UrlState = { ...DEFAULT_STATE, compare: [] }
  const problems: ParsedHash['problems'] = []
  if (hash.length > MAX_HASH_LENGTH) {
    return { state, problems: [{ key: '#', value: `${hash.length} characters` }] }
  }
  let params: URLSearchParams
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''))
  } catch {
    return { state, problems: [{ key: '#', value: hash.slice(0, 40) }] }
  }
  for (const [key, value] of params) {
    const ok =
      applyParam(state, key, value, knownAreaIds) ||
      applyFilterParam(state, key, value, knownAreaIds, knownReportIds)
    if (!ok) problems.push({ key, value: value.slice(0, 40) })
  }
  return { state, problems }
}

function applyParam(s: UrlState, key: string, value: string, ids: ReadonlySet<string>): boolean {
  switch (key) {
    case 'a':
      if (!ID_PATTERN.test(value) || !ids.has(value)) return false
      s.area = value
      return true
    case 'm': {
      const metric = decode(METRIC_CODES, value)
      if (metric) s.metric = metric
      return metric !== undefined
    }
    case 'c': {
      const match = /^(nb|q|eq)([2-7])$/.exec(value)
      const method = decode(METHOD_CODES, match?.[1] ?? null)
      if (!match || !method) return false
      s.method = method
      s.classes = Number(match[2])
      return true
    }
    case 'p': {
      const palette = PALETTES.find((p) => p.toLowerCase() === value.toLowerCase())
      if (palette) s.palette = palette
      return palette !== undefined
    }
    case 'z':
      if (value !== '0' && value !== '1') return false
      s.zones = value === '1'
      return true
    case 'l':
      if (value !== 'zh' && value !== 'en') return false
      s.lang = value
      return true
    case 'v': {
      const camera = parseCamera(value)
      s.camera = camera
      return camera !== null
    }
    default:
      return false
  }
}

const FLAG = /^[01]$/

/** Filters, comparison and presentation parameters (second half of the allow-list). */
function applyFilterParam(
  s: UrlState,
  key: string,
  value: string,
  ids: ReadonlySet<string>,
  reportIds: ReadonlySet<string>,
): boolean {
  switch (key) {
    case 'r':
      if (!ID_PATTERN.test(value) || !reportIds.has(value)) return false
      s.report = value
      return true
    case 'y':
      if (!/^20[2-3]\d$/.test(value)) return false
      s.year = Number(value)
      return true
    case 'h': {
      const horizon = HORIZON_FILTERS.find((h) => h === value)
      if (horizon) s.horizon = horizon
      return horizon !== undefined
    }
    case 'cmp': {
      const list = value.split(',')
      if (list.length < 2 || list.length > 4) return false
      if (!list.every((id) => ID_PATTERN.test(id) && ids.has(id))) return false
      if (new Set(list).size !== list.length) return false
      s.compare = list
      return true
    }
    case 'show':
      if (!FLAG.test(value)) return false
      s.present = value === '1'
      return true
    case 'kiosk':
      if (!FLAG.test(value)) return false
      s.kiosk = value === '1'
      return true
    case 'tour': {
      const order = TOUR_ORDERS.find((o) => o === value)
      if (order) s.tour = order
      return order !== undefined
    }
    case 'step':
      if (!/^\d{1,2}$/.test(value)) return false
      s.step = Number(value)
      return true
    default:
      return false
  }
}

/** The shortest hash that restores `state`: defaults are left out. */
export function formatHash(state: UrlState): string {
  const d = DEFAULT_STATE
  const params = new URLSearchParams()
  if (state.area) params.set('a', state.area)
  if (state.metric !== d.metric) params.set('m', METRIC_CODES[state.metric])
  if (state.method !== d.method || state.classes !== d.classes) {
    params.set('c', `${METHOD_CODES[state.method]}${state.classes}`)
  }
  if (state.palette !== d.palette) params.set('p', state.palette.toLowerCase())
  if (state.zones !== d.zones) params.set('z', state.zones ? '1' : '0')
  if (state.lang) params.set('l', state.lang)
  if (state.camera) {
    const { lon, lat, zoom } = state.camera
    params.set('v', `${lon.toFixed(4)},${lat.toFixed(4)},${zoom.toFixed(2)}`)
  }
  if (state.report) params.set('r', state.report)
  if (state.year !== null) params.set('y', String(state.year))
  if (state.horizon !== d.horizon) params.set('h', state.horizon)
  if (state.compare.length > 0) params.set('cmp', state.compare.join(','))
  if (state.present) params.set('show', '1')
  if (state.present && state.tour !== d.tour) params.set('tour', state.tour)
  if (state.present && state.step !== d.step) params.set('step', String(state.step))
  if (state.kiosk) params.set('kiosk', '1')
  const text = params.toString().replace(/%2C/g, ',')
  return text ? `#${text}` : ''
}

export { MAP_METRICS }
