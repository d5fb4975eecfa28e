import type { Figure, Metric } from '../types/pledge'
import en from '../i18n/en'
import { formatNumber } from './number'

/** The English metric names of the UI, so the gloss and the chips say the same. */
const METRIC_EN: Record<Metric, string> = en.figureMetric

/** Chinese units in English; amounts in 亿/万 are rescaled to words a reader knows. */
function unitEn(value: number, unit: string): string {
  switch (unit) {
    case '亿元':
      return `CNY ${formatNumber(value / 10, 'en', 2)} bn`
    case '万元':
      return `CNY ${formatNumber(value / 100, 'en', 2)} m`
    case '万亿元':
      return `CNY ${formatNumber(value, 'en', 2)} tn`
    case '万平方米':
      return `${formatNumber(value * 10_000, 'en')} m²`
    case '平方公里':
      return `${formatNumber(value, 'en', 2)} km²`
    case '万人':
      return `${formatNumber(value * 10_000, 'en')} people`
    case '万家':
      return `${formatNumber(value * 10_000, 'en')}`
    case '%':
      return `${formatNumber(value, 'en', 2)}%`
    default:
      return formatNumber(value, 'en', 2)
  }
}

/** What a bare count is of, when the metric says no more (其他). */
const COUNT_NOUN: Record<string, string> = {
  个: 'items',
  项: 'items',
  家: 'enterprises',
  万家: 'enterprises',
  条: 'lines',
  所: 'institutions',
  座: 'facilities',
}

const BOUND_EN = { exact: '', approx: 'about ', over: 'over ', atLeast: 'at least ', range: '' }

/**
 * An English gloss of a figure for readers of the Chinese quote: what, how much, with which
 * qualifier — e.g. "investment: over CNY 93 bn".
 */
export function glossFigure(figure: Figure): string {
  const amount = unitEn(figure.value, figure.unit)
  const range = figure.low !== null ? `${unitEn(figure.low, figure.unit)} to ` : ''
  const noun =
    figure.metric === 'other' ? (COUNT_NOUN[figure.unit] ?? 'items') : METRIC_EN[figure.metric]
  const what = METRIC_EN[figure.metric]
  const counted = figure.unit in COUNT_NOUN ? ` ${noun}` : ''
  const label = counted ? '' : `${what}: `
  return `${label}${BOUND_EN[figure.qualifier.bound]}${range}${amount}${counted}`.trim()
}
