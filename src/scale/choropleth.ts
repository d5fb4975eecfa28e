import { formatBound, type Lang } from '../format/number'
import { ranks, type Denominators, metricValue } from './areaValues'
import { classify, type AreaValue, type ClassMethod } from './classify'
import { paletteColours, type PaletteName } from './palette'
import type { AreaHeadlines } from '../types/pledge'
import type { MapMetric } from '../types/view'

/** Legend key of the bin of areas with no figure reported (class bins count from 0). */
export const NO_DATA_BIN = -1

/**
 * One legend entry and the areas it colours, as OWID grapher's colour-scale bins: every view
 * that colours areas (map, static map, comparison maps and bars, PNG, legend) reads these.
 * Locale-free: the label is made from `range` by {@link binLabel} in the reader's language, so
 * one model serves both languages and switching language rebuilds nothing.
 */
export interface ColourBin {
  /** Class index from 0 (light, low) up; {@link NO_DATA_BIN} for the no-data bin. */
  index: number
  /** Fill colour; for the no-data bin the colour under (or instead of) its pattern. */
  colour: string
  /** `hatch`: drawn with the no-data pattern. */
  pattern: 'hatch' | null
  /** Values the class spans (min = max for a class of one value); null for the no-data bin. */
  range: { min: number; max: number } | null
  /** Area ids in the bin, in input order. */
  members: string[]
}

/** Everything needed to draw one set of peer areas and its legend. */
export interface Choropleth {
  metric: MapMetric
  values: AreaValue[]
  /** Class bins light to dark, then the no-data bin when any area has no value. */
  bins: ColourBin[]
  /** Colour per area id that has a value. */
  colourOf: Record<string, string>
  /** Rank among peers (1 = largest); areas without a value have none. */
  rankOf: Map<string, number>
  /** How areas without a value are drawn, also when every area has one (the map's fallback). */
  noData: NoDataStyle
}

/** How areas without a value are drawn in this set. */
export interface NoDataStyle {
  colour: string
  pattern: 'hatch' | null
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
  /** Defaults to the hatch over light grey. */
  noData?: NoDataStyle
}

const DEFAULT_NO_DATA: NoDataStyle = { colour: '#f2f2f2', pattern: 'hatch' }

/** Pure: from headline figures to colour bins for a set of peer areas. */
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
  const colours = paletteColours(input.palette, classification.bins.length)
  const bins: ColourBin[] = classification.bins.map((bin) => ({
    index: bin.index,
    colour: colours[bin.index] ?? '#888888',
    pattern: null,
    range: { min: bin.lower, max: bin.upper },
    members: bin.ids,
  }))
  const noData = input.noData ?? DEFAULT_NO_DATA
  if (classification.noData.length > 0) {
    const { colour, pattern } = noData
    bins.push({ index: NO_DATA_BIN, colour, pattern, range: null, members: classification.noData })
  }
  const colourOf: Record<string, string> = {}
  for (const bin of bins) {
    if (bin.index === NO_DATA_BIN) continue
    for (const id of bin.members) colourOf[id] = bin.colour
  }
  return { metric: input.metric, values, bins, colourOf, rankOf: ranks(values), noData }
}

/** The class bins (those with a range), light to dark. */
export const classBins = (c: Choropleth): ColourBin[] => c.bins.filter((b) => b.range !== null)

/** The no-data bin, when some area has no value. */
export const noDataBin = (c: Choropleth): ColourBin | undefined =>
  c.bins.find((b) => b.index === NO_DATA_BIN)

/** The bin with legend key `index`, or undefined. */
export const binAt = (c: Choropleth, index: number): ColourBin | undefined =>
  c.bins.find((b) => b.index === index)

/**
 * A bin's legend text: its range in the metric's display unit ("120 – 930"), one value when
 * the class holds one, or `noDataLabel` for the no-data bin (a message the caller translates).
 */
export function binLabel(
  bin: ColourBin,
  metric: MapMetric,
  lang: Lang,
  noDataLabel: string,
): string {
  if (!bin.range) return noDataLabel
  const { min, max } = bin.range
  const fmt = (v: number) => formatBound(metric, v, lang)
  return min === max ? fmt(min) : `${fmt(min)} – ${fmt(max)}`
}
