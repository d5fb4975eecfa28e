import type { AreaValue } from './classify'

/**
 * Zones are drawn as proportional symbols, not as a second choropleth: they are points (no
 * boundary is published), their values are totals of a few large projects, and a classed colour
 * on its own scale gave 海洋高新区 (670 亿) the colour of 黄岛区 (7,100 亿). A circle whose area
 * grows with the value reads as "how much" without borrowing the districts' colours.
 */
export interface ZoneSymbols {
  /** Largest zone value, drawn with {@link ZoneSymbols.maxRadius}; 0 when no zone has a value. */
  max: number
  /** Radius in CSS pixels of the largest value's circle. */
  maxRadius: number
  /** Radius per zone id that has a value (area ∝ value, no minimum: the legend is exact). */
  radiusOf: Record<string, number>
  /** Zones with no figure reported: a small hollow marker, never a circle of zero. */
  noData: string[]
  /** Radius of that marker (CSS px). */
  noDataRadius: number
  /** Reference values for the size legend, largest first, with their radii. */
  references: { value: number; radius: number }[]
}

/** Radius of the largest zone's circle (CSS px): big enough to compare, small enough for a phone. */
export const ZONE_MAX_RADIUS = 22
/** Radius of the hollow marker of a zone with no figure (CSS px). */
export const ZONE_NO_DATA_RADIUS = 4

/** Radius of `value`'s circle on a scale whose `max` has `maxRadius`: area ∝ value. */
export const symbolRadius = (value: number, max: number, maxRadius = ZONE_MAX_RADIUS): number =>
  max > 0 && value > 0 ? maxRadius * Math.sqrt(value / max) : 0

/** `x` rounded to one significant digit of 1, 2 or 5 × 10ⁿ (the nearest on a log scale). */
export function niceValue(x: number): number {
  if (!(x > 0)) return 0
  const power = 10 ** Math.floor(Math.log10(x))
  const steps = [1, 2, 5, 10]
  const best = steps.reduce((a, b) =>
    Math.abs(Math.log(x / (b * power))) < Math.abs(Math.log(x / (a * power))) ? b : a,
  )
  return best * power
}

/**
 * Two or three round reference values for the size legend: about the largest value, a quarter
 * of it and a sixteenth (radii of 1, ½ and ¼). The third is kept only when it is not below half
 * the smallest value: a key circle smaller than every symbol explains nothing.
 */
export function referenceValues(values: readonly number[]): number[] {
  const positive = values.filter((v) => v > 0)
  if (positive.length === 0) return []
  const max = Math.max(...positive)
  const min = Math.min(...positive)
  const refs = [niceValue(max), niceValue(max / 4), niceValue(max / 16)]
  return refs.filter((v, i) => v > 0 && refs.indexOf(v) === i && (i < 2 || v >= min / 2))
}

/** Pure: the zones' symbol sizes and the size legend's reference circles, from their values. */
export function buildZoneSymbols(
  values: readonly AreaValue[],
  maxRadius = ZONE_MAX_RADIUS,
): ZoneSymbols {
  const valued = values.filter((v): v is { id: string; value: number } => v.value !== null)
  const max = Math.max(0, ...valued.map((v) => v.value))
  const radiusOf: Record<string, number> = {}
  for (const { id, value } of valued) radiusOf[id] = symbolRadius(value, max, maxRadius)
  return {
    max,
    maxRadius,
    radiusOf,
    noData: values.filter((v) => v.value === null).map((v) => v.id),
    noDataRadius: ZONE_NO_DATA_RADIUS,
    references: referenceValues(valued.map((v) => v.value)).map((value) => ({
      value,
      radius: symbolRadius(value, max, maxRadius),
    })),
  }
}
