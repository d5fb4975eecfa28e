import type { Bound, Span } from '../types/pledge'
import { CHINESE_NUMERAL_CHARS, parseNumeral } from './numerals'
import { exclusionAt, type ExcludedSpan } from './exclusions'

/**
 * Finding numeric expressions: a number (Arabic or Chinese, a range of two), its magnitude
 * (万, 亿, 万亿), its unit and the qualifier words written next to it. Spans are UTF-16 offsets
 * into the text given, which is the normalised copy of a report (`normalise.ts`): same offsets
 * as the original.
 */
export interface NumberMatch {
  /** The whole expression: prefix qualifier, number, suffix qualifier, unit, 以上/左右. */
  expr: Span
  /** The numerals only (a range with both ends; the 万 of 1.2万亿元, folded into the value). */
  digits: Span
  /** The text at `digits`. */
  numberText: string
  /** The number in `unit`: 1.2万亿元 is 12000 (亿元); a range gives its upper end. */
  value: number
  /** A range's lower end (20至30个 → 20), else null. */
  low: number | null
  unit: string
  bound: Bound
  markers: string[]
  /** Money naming a size class of what follows (过百亿元项目, 10亿元及以上项目, 千亿级), never an amount. */
  sizeClass: boolean
}

/** Qualifiers before a number; longer first (超过 before 超). 达到 only introduces it. */
const PREFIX = '(大约|约|近|逾|超过|超|突破|过|达到)?'
/** A number after normalisation: thousands commas, decimals, or a Chinese numeral. */
const NUM = `(\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)`
/** Range marks left by normalisation (20-30) and written ones (20至30, 20到30). */
const RANGE = `(?:(-|至|到)${NUM})?`
const SUFFIX = '(多|余)?'
const MAGNITUDE = '(万亿|亿|万)?'

/**
 * Units as reports write them after a number (and its magnitude), longer first. Anything else
 * after an Arabic number leaves it unextracted, so the coverage check reports it instead of a
 * guess; none of these but 个/项/件 can become a count of projects (`classifyMetric`).
 */
export const UNITS = [
  '个百分点',
  '百分点',
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '千瓦时',
  '千瓦',
  '公顷',
  '公里',
  '千米',
  '米',
  '亩',
  '吨',
  '标准箱',
  '标箱',
  '辆',
  '艘',
  '架',
  '人次',
  '人',
  '户',
  '套',
  '家',
  '个月',
  '个',
  '项',
  '条',
  '件',
  '所',
  '座',
  '台',
  '栋',
  '处',
  '场',
  '名',
  '位',
  '类',
  '批',
  '支',
  '张',
  '间',
  '种',
  '倍',
  '年',
  '天',
  '小时',
  '美元',
  '元',
  '级',
  '市',
  '县',
  '镇',
  '村',
  '%',
  '大',
] as const

const TAIL = '(及以上|以上|左右)?'
const GRAMMAR = new RegExp(
  `${PREFIX}${NUM}${RANGE}${SUFFIX}${MAGNITUDE}${SUFFIX}(${UNITS.join('|')})?${TAIL}`,
  'g',
)

/** Counters a Chinese numeral takes as a figure (三个, 两项, 十大); others (三年, 五次) are words. */
const CHINESE_COUNTERS = new Set(['个', '项', '家', '条', '件', '所', '大'])
/** Qualifiers saying the money is a floor: with 的, only these make it a size class. */
const THRESHOLD_MARKERS = new Set(['以上', '及以上', '过', '超过', '超', '逾', '突破'])
/** What a size class sorts (百亿元项目, 过百万元农村社区, 千亿元产业集群). */
const CLASS_NOUN =
  /^(的)?(?:重点|龙头|骨干|优质|大|农村)?(?:项目|产业|企业|集群|园区|社区|村|工程|基地|链|平台)/

function boundOf(markers: string[], range: boolean): Bound {
  if (range) return 'range'
  if (markers.some((m) => m === '以上' || m === '及以上')) return 'atLeast'
  if (markers.some((m) => ['多', '余', '超过', '超', '逾', '突破', '过'].includes(m))) return 'over'
  if (markers.some((m) => ['约', '大约', '近', '左右'].includes(m))) return 'approx'
  return 'exact'
}

/** 1.2万亿 = 12000 亿; rounded so that 1.1 × 10⁴ stays 11000. */
function scale(v: number, by: number): number {
  return Number((v * by).toPrecision(12))
}

/**
 * Unit and scale of a magnitude and unit as written: money is kept in 亿元 or 万元 (1.2万亿元 →
 * 12000 亿元; a bare 亿 after a number is money: 约50亿); other units keep their magnitude
 * (48万家, 7万人, 29.5万平方米).
 */
function unitOf(magnitude: string, unit: string): { unit: string; by: number } | null {
  if (unit === '元' || unit === '级' || (unit === '' && magnitude.includes('亿'))) {
    const suffix = unit === '级' ? '级' : '元'
    if (magnitude === '万亿') return { unit: `亿${suffix}`, by: 1e4 }
    if (magnitude !== '') return { unit: `${magnitude}${suffix}`, by: 1 }
    return unit === '' ? null : { unit, by: 1 }
  }
  if (unit === '' && magnitude === '') return null
  return { unit: `${magnitude}${unit}`, by: 1 }
}

function isMoney(unit: string): boolean {
  // 亿级 and 万元级 are money classes; a bare 级 (三级, 4级) is a grade.
  return /元$|[万亿]级$/.test(unit)
}

/** The size-class reading of money (see `NumberMatch.sizeClass`). */
function isSizeClass(unit: string, markers: string[], after: string): boolean {
  if (!isMoney(unit)) return false
  if (unit.endsWith('级')) return true
  const m = CLASS_NOUN.exec(after)
  if (!m) return false
  // 总投资290多亿元的产业项目 is the amount of those projects; 10亿元以上的项目 a class of them.
  return m[1] === undefined || markers.some((x) => THRESHOLD_MARKERS.has(x))
}

/**
 * Every numeric expression of a text outside the exclusions: Arabic numbers with or without a
 * unit they are measured in (an Arabic number with no known unit is left out, for the coverage
 * check to report), Chinese numerals with a counter (两个, 一百二十个, 十大; 一 alone is never a
 * figure: 一批, 一是) or a money magnitude (三百亿元, 千亿级, 过百万元).
 */
export function textToNumbers(text: string, excluded: ExcludedSpan[]): NumberMatch[] {
  const out: NumberMatch[] = []
  for (const m of text.matchAll(GRAMMAR)) {
    const found = matchToNumber(text, m, excluded)
    if (found) out.push(found)
  }
  return out
}

function matchToNumber(
  text: string,
  m: RegExpExecArray,
  excluded: ExcludedSpan[],
): NumberMatch | null {
  const [
    whole,
    prefix = '',
    num = '',
    mark,
    high,
    suffix1,
    magnitude = '',
    suffix2,
    rawUnit = '',
    tail,
  ] = m
  const chinese = !/\d/.test(num)
  // A range joins numerals of one kind (20至30, 二十到三十), never 20到三十.
  if (high !== undefined && chinese !== !/\d/.test(high)) return null
  const digitsStart = m.index + prefix.length
  const before = text[digitsStart - 1] ?? ''
  // 第十二次 is an ordinal; the 3 of 1.2.3 is not a number of its own.
  if (before === '第' || /[\d.]/.test(before)) return null
  // A numeral glued to the one before it (一二三产) is a list, not a number.
  if (chinese && new RegExp(`[${CHINESE_NUMERAL_CHARS}万亿]`).test(before)) return null
  const rangeEnd =
    digitsStart + num.length + (high === undefined ? 0 : (mark?.length ?? 0) + high.length)
  if (exclusionAt(excluded, digitsStart, digitsStart + num.length) !== null) return null
  if (high !== undefined && exclusionAt(excluded, rangeEnd - high.length, rangeEnd) !== null)
    return null
  const u = unitOf(magnitude, rawUnit)
  if (u === null) return null
  if (chinese) {
    const counter = magnitude === '' && CHINESE_COUNTERS.has(rawUnit)
    if (!counter && !isMoney(u.unit)) return null
    // 千家万户 and 百家争鸣 are idioms, not a thousand or a hundred enterprises.
    if (counter && /^[万争]/.test(text.slice(m.index + whole.length))) return null
  }
  const value = parseNumeral(high ?? num)
  const low = high === undefined ? null : parseNumeral(num)
  if (value === null || (high !== undefined && low === null)) return null
  if (chinese && magnitude === '' && value < 2) return null
  const markers = [prefix, suffix1, suffix2, tail].filter(
    (x): x is string => x !== undefined && x !== '' && x !== '达到',
  )
  // The 万 of 万亿 is folded into the value, so it belongs to the number as written (1.2万).
  const numberEnd = u.by === 1 ? rangeEnd : rangeEnd + (suffix1?.length ?? 0) + 1
  const end = m.index + whole.length
  return {
    expr: { start: m.index, end },
    digits: { start: digitsStart, end: numberEnd },
    numberText: text.slice(digitsStart, numberEnd),
    value: scale(value, u.by),
    low: low === null ? null : scale(low, u.by),
    unit: u.unit,
    bound: boundOf(markers, high !== undefined),
    markers,
    sizeClass: isSizeClass(u.unit, markers, text.slice(end)),
  }
}

/**
 * The lower end of a range whose upper end an exclusion rule takes (2023-2025年, 1-11月): the
 * whole range is a date, so its lower end is excluded by the same rule, not left unaccounted for.
 */
export function rangeStartsOfExcluded(text: string, excluded: ExcludedSpan[]): ExcludedSpan[] {
  const out: ExcludedSpan[] = []
  for (const m of text.matchAll(/(?<![\d.])(\d+)(?:-|至|到)(?=\d)/g)) {
    const high = m.index + m[0].length
    const rule = excluded.find((x) => x.start === high)
    if (rule) out.push({ start: m.index, end: m.index + (m[1]?.length ?? 0), ruleId: rule.ruleId })
  }
  return out
}
