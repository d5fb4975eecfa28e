import type { Lang, MapMetric } from '../types/view'

export type { Lang }

/**
 * The number formats of the app, by name: a plain number with grouping and at most n decimals.
 * vue-i18n's `numberFormats` is built from this table (`n(v, 'digits1')` in a template) and
 * {@link formatNumber} reads it outside Vue, so both print the same digits.
 */
export const NUMBER_FORMATS = {
  digits0: { maximumFractionDigits: 0 },
  digits1: { maximumFractionDigits: 1 },
  digits2: { maximumFractionDigits: 2 },
  digits3: { maximumFractionDigits: 3 },
} as const satisfies Record<string, Intl.NumberFormatOptions>

/** How many decimals a number may show: one of the {@link NUMBER_FORMATS}. */
export type FractionDigits = 0 | 1 | 2 | 3

/**
 * The date formats, by name, for vue-i18n's `datetimeFormats` (`d(date, 'reportMonth')`) and
 * {@link formatDate}. Report dates are approximate, so they are shown to the month only, in UTC
 * (a date-only ISO string is midnight UTC).
 */
export const DATE_FORMATS = {
  /** 2023年9月 / September 2023. */
  reportMonth: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  /** 2023年9月 / Sep 2023. */
  reportMonthShort: { year: 'numeric', month: 'short', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

// The language code itself is the Intl locale, as vue-i18n uses it ('zh', 'en'), so the pure
// formatters and `n()` / `d()` resolve to the same locale data.
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

/** A plain number with grouping, at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits: FractionDigits = 0): string {
  const key = `${lang}:${digits}`
  let f = numberFormats.get(key)
  if (!f)
    numberFormats.set(key, (f = new Intl.NumberFormat(lang, NUMBER_FORMATS[`digits${digits}`])))
  return f.format(value)
}

/**
 * An ISO date (`YYYY-MM-DD`) in one of the {@link DATE_FORMATS}; text that is not a date is
 * returned as it is (a report not yet loaded has the date '').
 */
export function formatDate(iso: string, format: keyof typeof DATE_FORMATS, lang: Lang): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return iso
  const key = `${lang}:${format}`
  let f = dateFormats.get(key)
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(lang, DATE_FORMATS[format])))
  return f.format(date)
}

/** Digits that keep about three significant figures for small values. */
const digitsFor = (v: number): FractionDigits =>
  Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2

/** Which way a shown ratio may be rounded and stay true: down for "over", up for "up to". */
export type RoundTowards = 'nearest' | 'down' | 'up'

/**
 * `value` to three significant figures: 163,157 → 163,000. A ratio of a pledge stated to two or
 * three figures (930 亿元) and a census count (three figures, districtFacts.ts) knows no more
 * than that; six digits would claim a precision no source has. A lower bound ("over 3,462") is
 * rounded down and an upper bound up, so what is shown stays true.
 */
export function toSignificant(value: number, towards: RoundTowards = 'nearest'): number {
  if (value === 0 || !Number.isFinite(value)) return value
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2)
  const round = towards === 'down' ? Math.floor : towards === 'up' ? Math.ceil : Math.round
  // Divided and multiplied by a power of ten, which toPrecision would print as 1.23e+6.
  return Number((round(value / step) * step).toPrecision(3))
}

/** The map metrics that are a ratio of a pledge to a census figure. */
export const isRatio = (metric: MapMetric): boolean =>
  metric === 'investmentPerKm2' || metric === 'investmentPerResident'

/**
 * A map metric's value with its unit, the way a reader of that language expects it:
 * 930 亿元 in Chinese, CNY 93.0 bn in English. The ratios (per km², per resident) are shown to
 * three significant figures ({@link toSignificant}); the GeoJSON export gives four.
 */
export function formatMetric(
  metric: MapMetric,
  raw: number,
  lang: Lang,
  towards: RoundTowards = 'nearest',
): string {
  const value = isRatio(metric) ? toSignificant(raw, towards) : raw
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

/**
 * A head count as a reader of that language says it, without the noun: 50.2万 in Chinese;
 * 502,000 or 1.91 million in English (never "50.20,000": the 万 does not translate digit for
 * digit). Census counts are given to three significant figures, the precision a comparison needs.
 */
export function formatPopulation(people: number, lang: Lang): string {
  if (lang === 'zh') return `${formatNumber(people / 1e4, lang, 1)}万`
  if (Math.abs(people) >= 1e6) return `${formatNumber(people / 1e6, lang, 2)} million`
  return formatNumber(Math.round(people / 1e3) * 1e3, lang)
}
