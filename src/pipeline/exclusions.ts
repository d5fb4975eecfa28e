import type { Span } from '../types/pledge'
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
    id: 'city-context',
    pattern: /青岛\d+个区市|全市\d+条重点产业链/,
    reason: 'city-wide context (number of districts, of city industry chains), not an area pledge',
  },
]

/** A span of text taken out of extraction by a rule. */
export interface ExcludedSpan extends Span {
  ruleId: string
}

/** Every span the exclusion rules match in a text, in text order. */
export function textToExcludedSpans(text: string): ExcludedSpan[] {
  return EXCLUSIONS.flatMap((rule) =>
    matchesOf(text, rule.pattern).map((m) => ({
      start: m.start,
      end: m.start + m.text.length,
      ruleId: rule.id,
    })),
  ).sort((a, b) => a.start - b.start || a.end - b.end)
}

/** The rule excluding [start, end), if any. */
export function exclusionAt(spans: ExcludedSpan[], start: number, end: number): string | null {
  return spans.find((s) => s.start <= start && end <= s.end)?.ruleId ?? null
}
