import type { AreaHeadlines } from '../types/pledge'
import type { MapMetric } from '../types/view'

/** What a per-area value is divided by; null when unknown (zones have no census population). */
export interface Denominators {
  areaKm2: number | null
  population: number | null
}

/**
 * The value an area is coloured by, or null when the reports give no figure for it (or the
 * denominator is unknown). Never substitutes zero for a missing figure.
 */
export function metricValue(
  metric: MapMetric,
  headlines: AreaHeadlines | undefined,
  d: Denominators,
  figureCount: number | null = null,
): number | null {
  const investment = headlines?.investment?.value ?? null
  switch (metric) {
    case 'investment':
      return investment
    case 'projects':
      return headlines?.projects?.value ?? null
    case 'investmentPerKm2':
      // 亿元 → 万元 (× 10 000) per km².
      return investment !== null && d.areaKm2 ? (investment * 10_000) / d.areaKm2 : null
    case 'investmentPerResident':
      // 亿元 → 元 (× 10^8) per resident.
      return investment !== null && d.population ? (investment * 1e8) / d.population : null
    case 'figureCount':
      // Nothing said is shown as "no figure reported", like every other metric.
      return figureCount ? figureCount : null
  }
}

/**
 * 1-based rank of each area among those with a value (largest first); ties share a rank.
 */
export function ranks(
  values: readonly { id: string; value: number | null }[],
): Map<string, number> {
  const sorted = values
    .filter((v): v is { id: string; value: number } => v.value !== null)
    .sort((a, b) => b.value - a.value)
  const result = new Map<string, number>()
  sorted.forEach((v, i) => {
    const previous = sorted[i - 1]
    result.set(v.id, previous && previous.value === v.value ? result.get(previous.id)! : i + 1)
  })
  return result
}
