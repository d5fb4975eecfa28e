import { HORIZON_FILTERS } from '../metrics/filter'
import type { ClassMethod } from '../scale/classify'
import { PALETTES } from '../scale/palette'
import { DEFAULT_STATE, type ShareableState } from '../types/defaults'
import { TOUR_ORDERS } from '../types/tour'
import type { Camera, MapMetric } from '../types/view'

/** What a link is checked against: ids that exist in the loaded data. */
interface ParseContext {
  areaIds: ReadonlySet<string>
  reportIds: ReadonlySet<string>
}

/** A refused value, with why (for developers; the user is shown the ignored `key=value`). */
interface Rejected {
  reason: string
}
const reject = (reason: string): Rejected => ({ reason })
const isRejected = (r: unknown): r is Rejected =>
  typeof r === 'object' && r !== null && 'reason' in r

/**
 * One link parameter. `get`/`set` say where its value lives in the state; its default is
 * `get(DEFAULT_STATE)`, and it is left out of a link while it has that default (or is null).
 */
interface Codec<V> {
  key: string
  get: (s: ShareableState) => V
  set: (s: ShareableState, value: V) => void
  parse: (text: string, ctx: ParseContext) => V | Rejected
  serialise: (value: NonNullable<V>) => string
  /** Only part of a link when this holds (tour and step belong to a presentation). */
  when?: (s: ShareableState) => boolean
}

/** A codec with its value type hidden, so codecs of different types share one table. */
interface Param {
  key: string
  /** Sets the parsed value into `state`, or returns why the text was refused. */
  read: (text: string, ctx: ParseContext, state: ShareableState) => Rejected | null
  /** The parameter's text for `state`, or null to leave it out. */
  write: (state: ShareableState) => string | null
}

function param<V>(c: Codec<V>): Param {
  const fallback = c.get(DEFAULT_STATE)
  const defaultText = fallback === null ? null : c.serialise(fallback as NonNullable<V>)
  return {
    key: c.key,
    read(text, ctx, state) {
      const value = c.parse(text, ctx)
      if (isRejected(value)) return value
      c.set(state, value)
      return null
    },
    write(state) {
      const value = c.get(state)
      if (value === null || (c.when && !c.when(state))) return null
      const text = c.serialise(value as NonNullable<V>)
      return text === defaultText ? null : text
    },
  }
}

/** Picks `text` from an allow-list, or refuses it. */
function oneOf<T extends string>(allowed: readonly T[], text: string): T | Rejected {
  return allowed.find((a) => a === text) ?? reject(`not one of ${allowed.join(', ')}`)
}

const ID_PATTERN = /^[a-z0-9-]{1,40}$/

function knownId(text: string, known: ReadonlySet<string>, what: string): string | Rejected {
  return ID_PATTERN.test(text) && known.has(text) ? text : reject(`not a known ${what} id`)
}

function flag(text: string): boolean | Rejected {
  return text === '0' || text === '1' ? text === '1' : reject('not 0 or 1')
}
const serialiseFlag = (on: boolean) => (on ? '1' : '0')

/** Short codes keep shared links short; each list is also the allow-list for parsing. */
const METRIC_CODES: Record<MapMetric, string> = {
  investment: 'inv',
  projects: 'prj',
  investmentPerKm2: 'km2',
  investmentPerResident: 'cap',
  figureCount: 'cov',
}
const METHOD_CODES: Record<ClassMethod, string> = { ckmeans: 'nb', quantile: 'q', equal: 'eq' }

function decode<T extends string>(
  codes: Record<T, string>,
  code: string | undefined,
): T | undefined {
  return (Object.keys(codes) as T[]).find((k) => codes[k] === code)
}

function parseCamera(text: string): Camera | Rejected {
  const parts = text.split(',').map(Number)
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) {
    return reject('not three numbers lon,lat,zoom')
  }
  const [lon = 0, lat = 0, zoom = 0] = parts
  // Only views around Qingdao make sense; anything else is a broken or hostile link.
  if (lon < 117 || lon > 124 || lat < 33 || lat > 39 || zoom < 4 || zoom > 16) {
    return reject('outside the Qingdao region or zoom 4–16')
  }
  return { lon, lat, zoom }
}

function parseCompare(text: string, ctx: ParseContext): string[] | Rejected {
  const list = text.split(',')
  if (list.length < 2 || list.length > 4) return reject('not 2–4 areas')
  if (!list.every((id) => ID_PATTERN.test(id) && ctx.areaIds.has(id))) {
    return reject('not all known area ids')
  }
  return new Set(list).size === list.length ? list : reject('an area twice')
}

/** Every link parameter, in the order a link lists them. */
const PARAMS: readonly Param[] = [
  param<string | null>({
    key: 'a',
    get: (s) => s.area,
    set: (s, v) => (s.area = v),
    parse: (t, ctx) => knownId(t, ctx.areaIds, 'area'),
    serialise: (v) => v,
  }),
  param<MapMetric>({
    key: 'm',
    get: (s) => s.metric,
    set: (s, v) => (s.metric = v),
    parse: (t) => decode(METRIC_CODES, t) ?? reject('not a metric code'),
    serialise: (v) => METRIC_CODES[v],
  }),
  param<{ method: ClassMethod; classes: number }>({
    key: 'c',
    get: (s) => ({ method: s.method, classes: s.classes }),
    set: (s, v) => Object.assign(s, v),
    parse(t) {
      const match = /^(nb|q|eq)([2-7])$/.exec(t)
      const method = decode(METHOD_CODES, match?.[1])
      if (!match || !method) return reject('not a method code and 2–7 classes')
      return { method, classes: Number(match[2]) }
    },
    serialise: (v) => `${METHOD_CODES[v.method]}${v.classes}`,
  }),
  param({
    key: 'p',
    get: (s) => s.palette,
    set: (s, v) => (s.palette = v),
    parse: (t) =>
      PALETTES.find((p) => p.toLowerCase() === t.toLowerCase()) ?? reject('not a palette'),
    serialise: (v) => v.toLowerCase(),
  }),
  param({
    key: 'z',
    get: (s) => s.zones,
    set: (s, v) => (s.zones = v),
    parse: flag,
    serialise: serialiseFlag,
  }),
  param({
    key: 'l',
    get: (s) => s.lang,
    set: (s, v) => (s.lang = v),
    parse: (t) => oneOf(['zh', 'en'] as const, t),
    serialise: (v) => v,
  }),
  param({
    key: 'v',
    get: (s) => s.camera,
    set: (s, v) => (s.camera = v),
    parse: parseCamera,
    serialise: ({ lon, lat, zoom }) => `${lon.toFixed(4)},${lat.toFixed(4)},${zoom.toFixed(2)}`,
  }),
  param<string | null>({
    key: 'r',
    get: (s) => s.report,
    set: (s, v) => (s.report = v),
    parse: (t, ctx) => knownId(t, ctx.reportIds, 'report'),
    serialise: (v) => v,
  }),
  param<number | null>({
    key: 'y',
    get: (s) => s.year,
    set: (s, v) => (s.year = v),
    parse: (t) => (/^20[2-3]\d$/.test(t) ? Number(t) : reject('not a year 2020–2039')),
    serialise: String,
  }),
  param({
    key: 'h',
    get: (s) => s.horizon,
    set: (s, v) => (s.horizon = v),
    parse: (t) => oneOf(HORIZON_FILTERS, t),
    serialise: (v) => v,
  }),
  param({
    key: 'cmp',
    get: (s) => s.compare,
    set: (s, v) => (s.compare = v),
    parse: parseCompare,
    serialise: (v) => v.join(','),
  }),
  param({
    key: 'show',
    get: (s) => s.present,
    set: (s, v) => (s.present = v),
    parse: flag,
    serialise: serialiseFlag,
  }),
  param({
    key: 'tour',
    get: (s) => s.tour,
    set: (s, v) => (s.tour = v),
    parse: (t) => oneOf(TOUR_ORDERS, t),
    serialise: (v) => v,
    when: (s) => s.present,
  }),
  param({
    key: 'step',
    get: (s) => s.step,
    set: (s, v) => (s.step = v),
    parse: (t) => (/^\d{1,2}$/.test(t) ? Number(t) : reject('not a step 0–99')),
    serialise: String,
    when: (s) => s.present,
  }),
  param({
    key: 'kiosk',
    get: (s) => s.kiosk,
    set: (s, v) => (s.kiosk = v),
    parse: flag,
    serialise: serialiseFlag,
  }),
]

// A Map, not an object: keys such as `__proto__` from a link must not reach a prototype.
const BY_KEY = new Map(PARAMS.map((p) => [p.key, p]))

const MAX_HASH_LENGTH = 2000

export interface HashProblem {
  key: string
  /** The ignored value (cut to 40 characters), shown to the user as `key=value`. */
  value: string
  /** Why it was ignored, for developers. */
  reason: string
}

export interface ParsedHash {
  state: ShareableState
  /** Parts of the hash that were ignored. */
  problems: HashProblem[]
  /** A legacy `#figure-<id>` link: the figure to bring into view (its area is selected). */
  figure?: string
}

/**
 * The first version's source links pointed at `#figure-<id>`; such links were shared. They are
 * read as "select the figure's area and show the figure", so old links keep working instead of
 * dropping the selection with a "link not understood" notice. A figure id the data no longer
 * has is ignored without a notice: the link asked for a quote, not for a setting to restore.
 */
const LEGACY_FIGURE = /^#?figure-([a-z0-9-]{1,40})$/

function parseLegacyFigure(
  id: string,
  state: ShareableState,
  knownAreaIds: ReadonlySet<string>,
  figureAreas: ReadonlyMap<string, string | null>,
): ParsedHash {
  const areaId = figureAreas.get(id)
  if (!areaId || !knownAreaIds.has(areaId)) return { state, problems: [] }
  return { state: { ...state, area: areaId }, problems: [], figure: id }
}

/**
 * Parses `location.hash` with allow-lists. Never throws: unknown or malformed values fall back to
 * the defaults (or an earlier valid value of the same key) and are reported, so a broken link
 * still opens the map.
 */
export function parseHash(
  hash: string,
  knownAreaIds: ReadonlySet<string>,
  knownReportIds: ReadonlySet<string> = new Set(),
  figureAreas: ReadonlyMap<string, string | null> = new Map(),
): ParsedHash {
  const state: ShareableState = { ...DEFAULT_STATE, compare: [] }
  const legacy = LEGACY_FIGURE.exec(hash)
  if (legacy) return parseLegacyFigure(legacy[1]!, state, knownAreaIds, figureAreas)
  if (hash.length > MAX_HASH_LENGTH) {
    const problem = { key: '#', value: `${hash.length} characters`, reason: 'link too long' }
    return { state, problems: [problem] }
  }
  const ctx: ParseContext = { areaIds: knownAreaIds, reportIds: knownReportIds }
  const problems: HashProblem[] = []
  for (const [key, value] of new URLSearchParams(hash.replace(/^#/, ''))) {
    const codec = BY_KEY.get(key)
    const refused = codec ? codec.read(value, ctx, state) : reject('unknown parameter')
    if (refused) problems.push({ key, value: value.slice(0, 40), reason: refused.reason })
  }
  return { state, problems }
}

/** The shortest hash that restores `state`: defaults are left out. */
export function formatHash(state: ShareableState): string {
  const params = new URLSearchParams()
  for (const p of PARAMS) {
    const text = p.write(state)
    if (text !== null) params.set(p.key, text)
  }
  // Commas are safe in a fragment and keep `cmp=` and `v=` readable.
  const text = params.toString().replace(/%2C/g, ',')
  return text ? `#${text}` : ''
}
