import type { Bound, Span } from '../types/pledge'
import { parseArabic, parseChineseNumeral } from './numerals'
import { exclusionAt, type ExcludedSpan } from './exclusions'

/**
 * Finding numeric expressions: a number (Arabic or Chinese), its unit and the qualifier words
 * written next to it. Spans are UTF-16 offsets into the report text.
 */
export interface NumberMatch {
  /** The whole expression: prefix qualifier, number, suffix qualifier, unit. */
  expr: Span
  /** The numerals only. */
  digits: Span
  numberText: string
  value: number
  low: number | null
  unit: string
  bound: Bound
  markers: string[]
  /** A Chinese magnitude naming a size class (千亿级, 百亿元项目, 过百万元), never an amount. */
  sizeClass: boolean
}

const UNITS = '万平方米|平方米|亿元|万元|万家|万人|亿级|个|项|家|条|件|所|人|%|大'
const PREFIX = '(约|超过|突破|过|达到)?'
const ARABIC = new RegExp(
  `${PREFIX}(\\d+(?:\\.\\d+)?)(?:-(\\d+(?:\\.\\d+)?))?(多|余)?(${UNITS})?(以上)?`,
  'g',
)
const CHINESE = new RegExp(
  `${PREFIX}([两二三四五六七八九十百千]+)(个|项|家|条|件|所|大)(以上)?`,
  'g',
)

function boundOf(markers: string[], range: boolean): Bound {
  if (range) return 'range'
  if (markers.includes('以上')) return 'atLeast'
  if (markers.some((m) => ['多', '余', '超过', '突破', '过'].includes(m))) return 'over'
  if (markers.includes('约')) return 'approx'
  return 'exact'
}

function build(
  m: RegExpMatchArray,
  index: number,
  parts: {
    prefix?: string
    num: string
    high?: string
    suffix?: string
    unit?: string
    tail?: string
  },
): NumberMatch | null {
  const value = parseArabic(parts.high ?? parts.num) ?? parseChineseNumeral(parts.num)
  if (value === null) return null
  const low = parts.high === undefined ? null : parseArabic(parts.num)
  const digitsStart = index + (parts.prefix?.length ?? 0)
  const numberText = parts.high === undefined ? parts.num : `${parts.num}-${parts.high}`
  const markers = [parts.prefix, parts.suffix, parts.tail].filter(
    (x): x is string => x !== undefined && x !== '达到',
  )
  return {
    expr: { start: index, end: index + m[0].length },
    digits: { start: digitsStart, end: digitsStart + numberText.length },
    numberText,
    value,
    low,
    unit: parts.unit ?? '',
    bound: boundOf(markers, low !== null),
    markers,
    sizeClass: false,
  }
}

/** Arabic numeric expressions not covered by an exclusion rule. */
export function textToArabicNumbers(text: string, excluded: ExcludedSpan[]): NumberMatch[] {
  const out: NumberMatch[] = []
  for (const m of text.matchAll(ARABIC)) {
    const [, prefix, num, high, suffix, unit, tail] = m
    if (num === undefined) continue
    const d = m.index + (prefix?.length ?? 0)
    if (exclusionAt(excluded, d, d + num.length) !== null) continue
    const found = build(m, m.index, { prefix, num, high, suffix, unit, tail })
    if (found) out.push(found)
  }
  return out
}

/** Chinese numerals followed by a counter (三个, 两个以上, 十大), outside exclusions; 一 is skipped. */
export function textToChineseNumbers(text: string, excluded: ExcludedSpan[]): NumberMatch[] {
  const out: NumberMatch[] = []
  for (const m of text.matchAll(CHINESE)) {
    const [, prefix, num, unit, tail] = m
    if (num === undefined) continue
    const before = text[m.index - 1] ?? ''
    // 第十二次 is an ordinal; a numeral glued to the preceding one (一二三产) is a list.
    if (before === '第' || /[零〇一二两三四五六七八九十百千]/.test(before)) continue
    const d = m.index + (prefix?.length ?? 0)
    if (exclusionAt(excluded, d, d + num.length) !== null) continue
    const found = build(m, m.index, { prefix, num, unit, tail })
    if (found && found.value >= 2) out.push(found)
  }
  return out
}

const MAGNITUDE = new RegExp(`${PREFIX}([一二两三四五六七八九]?[百千])(亿元|亿级|万元)`, 'g')

/**
 * Chinese magnitudes with a money unit (三个千亿级, 抓百亿元项目, 收入过百万元): in these reports
 * they always name a size class of clusters, projects or incomes, so they are kept as
 * thresholds, never as amounts.
 */
export function textToChineseMagnitudes(text: string, excluded: ExcludedSpan[]): NumberMatch[] {
  const out: NumberMatch[] = []
  for (const m of text.matchAll(MAGNITUDE)) {
    const [, prefix, num, unit] = m
    if (num === undefined) continue
    const d = m.index + (prefix?.length ?? 0)
    if (exclusionAt(excluded, d, d + num.length) !== null) continue
    const found = build(m, m.index, { prefix, num, unit })
    if (found) out.push({ ...found, sizeClass: true })
  }
  return out
}
