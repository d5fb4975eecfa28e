import { POPULATION_BY_ADCODE } from '../data/populationTable'
import { headlineOfMetric } from '../format/headline'
import { zoneFeatures, type ZoneFeatures } from '../map/zoneFeatures'
import { coverageOf } from '../metrics/coverage'
import { filterPledges } from '../metrics/filter'
import { headlinesFor } from '../metrics/headlines'
import { buildChoropleth, type Choropleth } from '../scale/choropleth'
import { legendModel, type LegendModel } from '../scale/legend'
import { DISTRICT_NO_DATA, ZONE_NO_DATA } from '../scale/noDataStyles'
import { buildZoneSymbols, type ZoneSymbols } from '../scale/zoneSymbols'
import { DEFAULT_STATE } from '../types/defaults'
import type { DistrictCollection } from '../types/geo'
import type { Area, PledgeData } from '../types/pledge'

/** What the app's default view draws, computed as the stores compute it (no Vue). */
export interface PrerenderModel {
  districts: DistrictCollection
  /** The districts' classes and colours of the default metric. */
  choropleth: Choropleth
  /** The zones' circles (null when the default hides zones). */
  symbols: ZoneSymbols | null
  zones: ZoneFeatures
  /** The legend in Chinese, the page's language. */
  legend: LegendModel
  /** Areas whose value is a sum of parts, not one stated figure (the legend's asterisk note). */
  derived: Area[]
}

/**
 * Pure: the default view (DEFAULT_STATE: metric, classes, palette, zones, no filter) from the
 * two data files, through the functions the view and pledge stores use — src/stores/view.ts
 * and src/stores/pledges.ts compute the same values reactively.
 */
export function prerenderModel(districts: DistrictCollection, data: PledgeData): PrerenderModel {
  const s = DEFAULT_STATE
  const filtered = filterPledges(data, { report: s.report, year: s.year, horizon: s.horizon })
  const headlines = headlinesFor(filtered)
  const coverage = coverageOf(filtered.figures, filtered.areas)
  const figureCounts = Object.fromEntries([...coverage].map(([id, c]) => [id, c.total]))
  const common = { method: s.method, palette: s.palette, headlines, figureCounts, metric: s.metric }
  const choropleth = buildChoropleth({
    ...common,
    classes: s.classes,
    noData: DISTRICT_NO_DATA,
    areas: districts.features.map((f) => ({
      id: f.properties.id,
      denominators: {
        areaKm2: f.properties.areaKm2,
        population: POPULATION_BY_ADCODE[f.properties.adcode] ?? null,
      },
    })),
  })
  const zoneAreas = data.areas.filter((a) => a.level === 'zone')
  // The zones' own scale, as the view store builds it; only its values size the circles.
  const zoneChoropleth = buildChoropleth({
    ...common,
    classes: Math.min(s.classes, 4),
    noData: ZONE_NO_DATA,
    areas: zoneAreas.map((z) => ({
      id: z.id,
      denominators: { areaKm2: z.officialArea?.km2 ?? null, population: null },
    })),
  })
  const symbols = s.zones ? buildZoneSymbols(zoneChoropleth.values) : null
  const legend = legendModel({
    districts: choropleth,
    zones: symbols,
    // No planner boundary exists at build time: every zone with an official area is a circle.
    schematicFootprints: zoneAreas.some((z) => z.location && (z.officialArea?.km2 ?? 0) > 0),
    requestedClasses: s.classes,
    method: s.method,
    lang: 'zh',
  })
  const valued = new Set(
    [...choropleth.values, ...(s.zones ? zoneChoropleth.values : [])]
      .filter((v) => v.value !== null)
      .map((v) => v.id),
  )
  const derived = data.areas.filter(
    (a) => valued.has(a.id) && headlineOfMetric(s.metric, headlines[a.id])?.h.derived,
  )
  return {
    districts,
    choropleth,
    symbols,
    zones: zoneFeatures(zoneAreas),
    legend,
    derived,
  }
}
