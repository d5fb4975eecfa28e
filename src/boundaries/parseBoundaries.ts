import rewind from '@turf/rewind'
import type { MultiPolygon, Polygon, Position } from 'geojson'
import * as v from 'valibot'
import { finiteNumber } from '../data/parse'

/** Limits of a boundary file a planner may load. */
export const LIMITS = {
  bytes: 5 * 1024 * 1024,
  /**
   * The app knows 11 zones and 10 districts, so 50 features is ample for a planner's file; it also
   * keeps the review table (one row and one select of every zone per feature) well under 100 ms
   * to draw: in the e2e test 1,000 rows took 570 ms, 200 rows 105 ms, 100 rows 67–89 ms.
   */
  features: 50,
  vertices: 50_000,
  /** Qingdao and a margin: a feature outside this box is not a Qingdao boundary. */
  bbox: { west: 119.3, south: 35.3, east: 121.3, north: 37.2 },
} as const

/** Why a whole file is refused. */
export type FileProblem =
  | { code: 'tooLarge'; bytes: number; limit: number }
  | { code: 'notJson'; detail: string }
  | { code: 'notGeoJson'; type: string }
  | { code: 'noFeatures' }
  | { code: 'tooManyFeatures'; count: number; limit: number }
  | { code: 'tooManyVertices'; count: number; limit: number }
  /** The browser could not read the file (removed, unreadable). */
  | { code: 'readFailed'; detail: string }
  /** The parser threw: a bug of ours, shown rather than swallowed. */
  | { code: 'crashed'; detail: string }
  /** The parsing worker failed to load or died. */
  | { code: 'workerFailed'; detail: string }

/** Why one feature is refused; `feature` names it (its name property, else `#index`). */
export type FeatureProblem = { feature: string } & (
  | { code: 'notFeature' }
  | { code: 'geometryType'; type: string }
  | { code: 'badPosition'; ring: number }
  | { code: 'ringTooShort'; ring: number; positions: number }
  | { code: 'ringNotClosed'; ring: number }
  | { code: 'outsideQingdao'; lon: number; lat: number }
)

/** A feature that passed every check: a name to match and a clean geometry of its own. */
export interface ParsedBoundary {
  index: number
  /** The name found in its properties (see NAME_KEYS), or null. */
  name: string | null
  /** An `id` of the feature or its properties, tried as an area id. */
  id: string | null
  geometry: Polygon | MultiPolygon
  vertices: number
}

export type BoundaryParse =
  | { ok: false; problem: FileProblem }
  | { ok: true; features: ParsedBoundary[]; refused: FeatureProblem[] }

/** How often (in features) parseBoundaries reports progress. */
const PROGRESS_EVERY = 10

/** Property keys tried, in order, for a feature's name. */
export const NAME_KEYS = ['name', 'NAME', 'nameZh', 'name_zh', '名称', 'nameEn', 'name_en'] as const

/** Keys that could reach Object.prototype if a later step ever merged user data. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * JSON.parse that drops `__proto__`, `constructor` and `prototype` keys at every depth. (A
 * reviver that returns undefined deletes the key.) The result is also only ever *read* below:
 * geometry is copied into fresh arrays, nothing is merged into an existing object.
 */
export function safeJsonParse(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN.has(key) ? undefined : value))
}

const AnyRecord = v.record(v.string(), v.unknown())
const isRecord = (x: unknown): x is Record<string, unknown> => v.is(AnyRecord, x)

/** A boundary file: a FeatureCollection, or one Feature. Each feature is checked on its own. */
const FileSchema = v.variant('type', [
  v.looseObject({ type: v.literal('FeatureCollection'), features: v.array(v.unknown()) }),
  v.looseObject({ type: v.literal('Feature') }),
])

const FeatureSchema = v.looseObject({
  type: v.literal('Feature'),
  geometry: v.looseObject({ type: v.unknown(), coordinates: v.unknown() }),
})

/** A position's longitude and latitude; a third (height) value is allowed and dropped. */
const PositionSchema = v.looseTuple([finiteNumber, finiteNumber])

const ListSchema = v.array(v.unknown())
const isList = (x: unknown): x is unknown[] => v.is(ListSchema, x)

/** Own string property, never one inherited from a prototype. */
function ownString(o: Record<string, unknown>, key: string): string | null {
  if (!Object.prototype.hasOwnProperty.call(o, key)) return null
  const value = o[key]
  return typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : null
}

type RingResult = { ok: true; rings: Position[][] } | { ok: false; problem: FeatureProblem }

/** Copies and checks the rings of one polygon. */
function readPolygon(value: unknown, feature: string, ringOffset: number): RingResult {
  if (!isList(value) || value.length === 0)
    return { ok: false, problem: { feature, code: 'badPosition', ring: ringOffset } }
  const out: Position[][] = []
  for (const [r, ring] of value.entries()) {
    const ringNo = ringOffset + r
    if (!isList(ring)) return { ok: false, problem: { feature, code: 'badPosition', ring: ringNo } }
    const copy: Position[] = []
    for (const p of ring) {
      const position = v.safeParse(PositionSchema, p)
      if (!position.success)
        return { ok: false, problem: { feature, code: 'badPosition', ring: ringNo } }
      const [lon, lat] = position.output
      const b = LIMITS.bbox
      if (lon < b.west || lon > b.east || lat < b.south || lat > b.north)
        return { ok: false, problem: { feature, code: 'outsideQingdao', lon, lat } }
      copy.push([lon, lat])
    }
    if (copy.length < 4)
      return {
        ok: false,
        problem: { feature, code: 'ringTooShort', ring: ringNo, positions: copy.length },
      }
    const first = copy[0]!
    const last = copy[copy.length - 1]!
    if (first[0] !== last[0] || first[1] !== last[1])
      return { ok: false, problem: { feature, code: 'ringNotClosed', ring: ringNo } }
    out.push(copy)
  }
  return { ok: true, rings: out }
}

/**
 * RFC 7946 §3.1.6 right-hand rule: exterior rings counter-clockwise, holes clockwise. Files
 * that break it are common and still unambiguous, so they are fixed, not refused. The rings
 * are our own fresh copies, so turf may rewind them in place.
 */
function wound<G extends Polygon | MultiPolygon>(geometry: G): G {
  rewind(geometry, { mutate: true })
  return geometry
}

/** Counts positions without trusting the structure (for the vertex cap, before any copying). */
function countPositions(value: unknown, depth = 0): number {
  if (!Array.isArray(value) || depth > 4) return 0
  if (value.length > 0 && typeof value[0] === 'number') return 1
  let n = 0
  for (const x of value) n += countPositions(x, depth + 1)
  return n
}

/**
 * Parses a planner's boundary file once, at the edge: size cap, JSON (without prototype keys),
 * RFC 7946 FeatureCollection / Feature of Polygon or MultiPolygon with closed rings of at least
 * four positions, finite lon/lat inside the Qingdao box, and a vertex cap. A bad file is
 * refused with one problem; bad features are refused one by one, each with its problem.
 */
export function parseBoundaries(
  text: string,
  bytes: number,
  /** Called every PROGRESS_EVERY features with the number checked so far and the total. */
  onChecked: (done: number, total: number) => void = () => {},
): BoundaryParse {
  if (bytes > LIMITS.bytes)
    return { ok: false, problem: { code: 'tooLarge', bytes, limit: LIMITS.bytes } }
  let json: unknown
  try {
    json = safeJsonParse(text)
  } catch (err) {
    return {
      ok: false,
      problem: { code: 'notJson', detail: err instanceof Error ? err.message : String(err) },
    }
  }
  const file = v.safeParse(FileSchema, json)
  if (!file.success) {
    const type =
      isRecord(json) && typeof json.type === 'string'
        ? json.type
        : Array.isArray(json)
          ? 'array'
          : typeof json
    return { ok: false, problem: { code: 'notGeoJson', type } }
  }
  const rawFeatures = file.output.type === 'FeatureCollection' ? file.output.features : [json]
  if (rawFeatures.length === 0) return { ok: false, problem: { code: 'noFeatures' } }
  if (rawFeatures.length > LIMITS.features)
    return {
      ok: false,
      problem: { code: 'tooManyFeatures', count: rawFeatures.length, limit: LIMITS.features },
    }
  const total = rawFeatures.reduce<number>(
    (n, f) =>
      n + (isRecord(f) && isRecord(f.geometry) ? countPositions(f.geometry.coordinates) : 0),
    0,
  )
  if (total > LIMITS.vertices)
    return { ok: false, problem: { code: 'tooManyVertices', count: total, limit: LIMITS.vertices } }

  const features: ParsedBoundary[] = []
  const refused: FeatureProblem[] = []
  rawFeatures.forEach((raw, index) => {
    if (index % PROGRESS_EVERY === 0) onChecked(index, rawFeatures.length)
    const props = isRecord(raw) && isRecord(raw.properties) ? raw.properties : {}
    const name = NAME_KEYS.map((k) => ownString(props, k)).find((n) => n !== null) ?? null
    const label = name ?? `#${index + 1}`
    const feature = v.safeParse(FeatureSchema, raw)
    if (!feature.success) {
      refused.push({ feature: label, code: 'notFeature' })
      return
    }
    const g = feature.output.geometry
    const id = ownString(feature.output, 'id') ?? ownString(props, 'id')
    if (g.type === 'Polygon') {
      const r = readPolygon(g.coordinates, label, 1)
      if (!r.ok) refused.push(r.problem)
      else
        features.push({
          index,
          name,
          id,
          geometry: wound({ type: 'Polygon', coordinates: r.rings }),
          vertices: countPositions(r.rings),
        })
    } else if (g.type === 'MultiPolygon' && isList(g.coordinates) && g.coordinates.length > 0) {
      const polys: Position[][][] = []
      let ring = 1
      for (const poly of g.coordinates) {
        const r = readPolygon(poly, label, ring)
        if (!r.ok) {
          refused.push(r.problem)
          return
        }
        ring += r.rings.length
        polys.push(r.rings)
      }
      features.push({
        index,
        name,
        id,
        geometry: wound({ type: 'MultiPolygon', coordinates: polys }),
        vertices: countPositions(polys),
      })
    } else {
      refused.push({
        feature: label,
        code: 'geometryType',
        // Not String(g.type): an object whose own `toString` is not a function makes it throw.
        type: typeof g.type === 'string' ? g.type : g.type === null ? 'null' : typeof g.type,
      })
    }
  })
  onChecked(rawFeatures.length, rawFeatures.length)
  return { ok: true, features, refused }
}
