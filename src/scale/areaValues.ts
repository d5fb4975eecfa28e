import type { AreaHeadlines } from '../types/pledge'
import type { MapMetric } from '../types/view'

/** What a per-area value is divided by; null when unknown (zones have no census population). */
export interface Denominators {
  areaKm2: number | null
  population: number | null
}

export interface MetricInfo {
  unit: { zh: string; en: string }
  /** One line on how the value is computed, shown next to the legend. */
  rule: { zh: string; en: string }
  /** Decimal places for display. */
  digits: number
}

export const METRIC_INFO: Record<MapMetric, MetricInfo> = {
  investment: {
    unit: { zh: '亿元', en: '100 million yuan' },
    rule: {
      zh: '各区域最近一篇报道中明言的项目总投资（一句原文的一个数字，不是各项相加）；各区域期限不同，见表格。',
      en: 'The latest project portfolio (总投资) stated for each area: one figure a sentence states, never a sum of programmes; periods differ, see the table.',
    },
    digits: 0,
  },
  projects: {
    unit: { zh: '个', en: 'projects' },
    rule: {
      zh: '与总投资同一句话中的项目数；没有总投资时取最近报道中最大的项目清单；清单从不相加，口径（新开工、洽谈等）分别注明。',
      en: 'The project count stated with the portfolio; without one, the largest project list of the latest report; lists are never summed, and what they count (new starts, pipeline …) is named.',
    },
    digits: 0,
  },
  investmentPerKm2: {
    unit: { zh: '万元/平方公里', en: '10,000 yuan per km²' },
    rule: {
      zh: '标题投资额（期限因区域而异）÷ 边界多边形面积（Turf 计算）；功能区用官方规划面积。',
      en: 'Headline investment (periods differ by area) ÷ polygon area (Turf); zones use their official planned area.',
    },
    digits: 0,
  },
  investmentPerResident: {
    unit: { zh: '元/人', en: 'yuan per resident' },
    rule: {
      zh: '标题投资额（期限因区域而异）÷ 2020 年第七次人口普查常住人口；功能区无人口数据。',
      en: 'Headline investment (periods differ by area) ÷ 2020 census residents; zones have no census population.',
    },
    digits: 0,
  },
  figureCount: {
    unit: { zh: '条', en: 'figures' },
    rule: {
      zh: '报道为该地区给出的各类数字条数（重复印刷与复述只计一次）；说明报道说了多少，而非金额。',
      en: 'Figures of any kind the reports give for the area (reprints and restatements once): how much was said, not an amount.',
    },
    digits: 0,
  },
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
