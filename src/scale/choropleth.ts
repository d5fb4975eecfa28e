import { ranks, type Denominators, metricValue } from './areaValues'
import { classify, type AreaValue, type ClassMethod, type Classification } from './classify'
import { paletteColours, type PaletteName } from './palette'
import type { AreaHeadlines } from '../types/pledge'
import type { MapMetric } from '../types/view'

/** Everything needed to draw one set of areas and its legend: values, classes, colours, ranks. */
export interface Choropleth {
  metric: MapMetric
  values: AreaValue[]
  classification: Classification
  /** Colour of each class, light to dark. */
  binColours: string[]
  /** Colour per area id that has a value. */
  colourOf: Record<string, string>
  /** Rank among peers (1 = largest); areas without a value have none. */
  rankOf: Map<string, number>
}

export interface ChoroplethInput {
  metric: MapMetric
  method: ClassMethod
  classes: number
  palette: PaletteName
  areas: readonly { id: string; denominators: Denominators }[]
  headlines: Readonly<Record<string, AreaHeadlines>>
  /** Figures of any kind per area, for the coverage metric. */
  figureCounts?: Readonly<Record<string, number>>
}

/** Pure: from headline figures to classes and colours for a set of peer areas. */
export function buildChoropleth(input: ChoroplethInput): Choropleth {
  const values = input.areas.map(({ id, denominators }) => ({
    id,
    value: metricValue(
      input.metric,
      input.headlines[id],
      denominators,
      input.figureCounts?.[id] ?? null,
    ),
  }))
  const classification = classify(values, input.method, input.classes)
  const binColours = paletteColours(input.palette, classification.bins.length)
  const colourOf: Record<string, string> = {}
  for (const [id, bin] of Object.entries(classification.binOf)) {
    colourOf[id] = binColours[bin] ?? '#888888'
  }
  return {
    metric: input.metric,
    values,
    classification,
    binColours,
    colourOf,
    rankOf: ranks(values),
  }
}
