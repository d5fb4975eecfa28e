import type { Span } from '../types/pledge'
import { parseArabic, parseChineseNumeral } from './numerals'
import { matchesOf } from './text'

/**
 * Numerals in the reports that are not pledge figures, each rule with its reason. The
 * numeral-coverage test requires every Arabic numeral of every report to be inside an extracted
 * figure or inside a span matched here, so nothing is dropped silently.
 */
export interface ExclusionRule {
  id: string
  pattern: RegExp
  reason: string
}

/** The exclusion rules, most specific first. */
export const EXCLUSIONS: readonly ExclusionRule[] = [
  {
    id: 'year',
    pattern: /(?:19|20)\d{2}年/,
    reason: 'calendar year: a date (1990年, 2023年) or a horizon end (到2026年) kept in `horizon`',
  },
  {
    id: 'month-day',
    pattern: /\d{1,2}月(?:\d{1,2}日|底|份)?/,
    reason: 'date: month or day (11月份, 1月28日, 9月底)',
  },
  {
    id: 'horizon-years',
    pattern: /未来\d+年/,
    reason: 'horizon length (未来5年), kept in `horizon`',
  },
  {
    id: 'congress',
    pattern: /二十大|十九届|第[一二三四五六七八九十]+次/,
    reason: 'ordinal in a name: 党的二十大 (20th Party Congress), 十九届, 第十二次党代会',
  },
  {
    id: 'version',
    pattern: /\d+\.\d+版本?/,
    reason: 'version label (自贸试验区2.0版, 3.0版本)',
  },
  {
    id: 'slogan',
    pattern: /[“‘][^”’“‘]{1,14}[”’]/,
    reason:
      'short quoted slogan naming a programme (“5+5+7”, “123”, ‘3+2+4’, “1153”), not a quantity',
  },
  {
    id: 'name',
    pattern: /\d号项目|\d[GF](?:级)?/,
    reason: 'technology or project name (5G, 4F级机场, 半导体1号项目)',
  },
  {
    id: 'progress',
    pattern: /完成\d+%/,
    reason: 'construction progress of a project under way: status, not a pledge',
  },
  {
    id: 'past-share',
    pattern: /分别占全区的[\d.%、]+/,
    reason: 'past achievement: first-half (上半年) shares of the district, not a pledge',
  },
  {
    id: 'population',
    pattern: /常住人口达到\d+余万人/,
    reason: 'resident population of a street: context, not a pledge',
  },
  {
    id: 'named-group',
    pattern: /(?:\d+|[两二三四五六七八九十]+)大(?=[\u4e00-\u9fff“"‘])/,
    reason:
      'N大 names a group (三大产业, 四大“千亩产业园”, 十大人才工程, 五大工程): a label of a plan, not a quantity',
  },
  {
    id: 'aspects',
    pattern: /(?:\d+|[两二三四五六七八九十]+)个方面/,
    reason:
      'the number of headings of a plan (从…三个方面, 七个方面的重点工作): structure, not a quantity',
  },
  {
    id: 'city-context',
    pattern: /青岛\d+个区市|全市\d+条重点产业链/,
    reason: 'city-wide context (number of districts, of city industry chains), not an area pledge',
  },
]

/** A clause break: an enumeration never runs across one. */
const CLAUSE = /[，,；;。！？：:\n]/

/**
 * Counting words of an enumerated list: a count right after a 、-list with exactly that many
 * items (虚拟现实、现代金融2条千亿级产业链; 集成电路、智能制造、基因科技三个). The items are named,
 * so the number adds nothing. 微电子、生物医药等8条 names 2 of 8 and stays a figure.
 */
export function enumeratedCounts(text: string): Span[] {
  const spans: Span[] = []
  for (const m of text.matchAll(/(?:\d+|[两二三四五六七八九十]+)(?=[个条项类])/g)) {
    const before = text.slice(Math.max(0, m.index - 120), m.index)
    const cut = Math.max(...[...before.matchAll(new RegExp(CLAUSE, 'g'))].map((c) => c.index), -1)
    const clause = before.slice(cut + 1).replace(/等$/, '')
    const items = clause.split('、')
    const last = items[items.length - 1] ?? ''
    if (items.length === 1 && (clause.match(/[和与及]/g) ?? []).length !== 1) continue
    if (last === '') continue
    const n = parseArabic(m[0]) ?? parseChineseNumeral(m[0])
    const count = items.length === 1 ? 2 : items.length
    if (n === count) spans.push({ start: m.index, end: m.index + m[0].length })
  }
  return spans
}

/** A span of text taken out of extraction by a rule. */
export interface ExcludedSpan extends Span {
  ruleId: string
}

/** Every span the exclusion rules match in a text, in text order. */
export function textToExcludedSpans(text: string): ExcludedSpan[] {
  return [
    ...EXCLUSIONS.flatMap((rule) =>
      matchesOf(text, rule.pattern).map((m) => ({
        start: m.start,
        end: m.start + m.text.length,
        ruleId: rule.id,
      })),
    ),
    ...enumeratedCounts(text).map((s) => ({ ...s, ruleId: ENUMERATION_RULE.id })),
  ].sort((a, b) => a.start - b.start || a.end - b.end)
}

/** The rule behind `enumeratedCounts`, listed with the others for the review and the README. */
export const ENUMERATION_RULE = {
  id: 'enumeration',
  reason:
    'counting word of an enumerated list (A、B2条; 集成电路、智能制造、基因科技三个): the items are named, the number is not a quantity',
} as const

/** The rule excluding [start, end), if any. */
export function exclusionAt(spans: ExcludedSpan[], start: number, end: number): string | null {
  return spans.find((s) => s.start <= start && end <= s.end)?.ruleId ?? null
}
