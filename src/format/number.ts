import type { Lang, MapMetric } from '../types/view'

export type { Lang }

const intl = (lang: Lang, digits: number) =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  })

/** A plain number with grouping, at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return intl(lang, digits).format(value)
}

/** Digits that keep about three significant figures for small values. */
const digitsFor = (v: number) => (Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2)

/**
 * A map metric's value with its unit, the way a reader of that language expects it:
 * 930 亿元 in Chinese, CNY 93.0 bn in English.
 */
export function formatMetric(metric: MapMetric, value: number, lang: Lang): string {
  if (lang === 'zh') {
    switch (metric) {
      case 'investment':
        return `${formatNumber(value, lang, digitsFor(value))} 亿元`
      case 'projects':
        return `${formatNumber(value, lang)} 个`
      case 'investmentPerKm2':
        return `${formatNumber(value, lang, digitsFor(value))} 万元/km²`
      case 'investmentPerResident':
        return `${formatNumber(value, lang)} 元/人`
      case 'figureCount':
        return `${formatNumber(value, lang)} 条数字`
    }
  }
  switch (metric) {
    case 'investment':
      return `CNY ${formatNumber(value / 10, lang, digitsFor(value / 10))} bn`
    case 'projects':
      return `${formatNumber(value, lang)} projects`
    case 'investmentPerKm2':
      return `CNY ${formatNumber(value / 100, lang, digitsFor(value / 100))} m/km²`
    case 'investmentPerResident':
      return `CNY ${formatNumber(value, lang)} per resident`
    case 'figureCount':
      return `${formatNumber(value, lang)} figures`
  }
}

/** Compact bounds for legend ranges, without the unit. */
export function formatBound(metric: MapMetric, value: number, lang: Lang): string {
  if (lang === 'en' && metric === 'investment')
    return formatNumber(value / 10, lang, digitsFor(value / 10))
  if (lang === 'en' && metric === 'investmentPerKm2') {
    return formatNumber(value / 100, lang, digitsFor(value / 100))
  }
  return formatNumber(value, lang, digitsFor(value))
}
