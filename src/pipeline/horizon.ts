import type { Horizon } from '../types/pledge'
import { parseNumeral } from './numerals'

/**
 * Time frames written before a figure, resolved against the report's year: 今年/年内/全年/新的一年
 * (not 今年以来, which looks back)
 * → that year; 下半年 → its second half; 到2026年 → from the report year to 2026; 未来三年 /
 * 未来5年 → N calendar years starting with the report year; a bare 2023年 → that year.
 */
const MARKERS =
  /今年(?!以来)|年内|全年|新的一年|下半年|到(\d{4})年|未来([\d三五十两]+)年|(\d{4})年(?:，|,)?(?=[\u4e00-\u9fa5]{2,4}将)/g

/** The horizon nearest before `pos` in `context` (a sentence or block), or unspecified. */
export function horizonBefore(context: string, pos: number, reportYear: number): Horizon {
  let last: RegExpMatchArray | null = null
  for (const m of context.matchAll(MARKERS)) {
    if (m.index + m[0].length <= pos) last = m
  }
  if (last === null) return { kind: 'unspecified', text: null, startYear: null, endYear: null }
  const [text, byYear, years, bareYear] = last
  if (byYear !== undefined) {
    return { kind: 'byYear', text, startYear: reportYear, endYear: Number(byYear) }
  }
  if (years !== undefined) {
    const n = parseNumeral(years) ?? 1
    return { kind: 'multiYear', text, startYear: reportYear, endYear: reportYear + n - 1 }
  }
  if (bareYear !== undefined) {
    const y = Number(bareYear)
    return { kind: 'year', text: `${bareYear}年`, startYear: y, endYear: y }
  }
  if (text === '下半年') {
    return { kind: 'secondHalf', text, startYear: reportYear, endYear: reportYear }
  }
  return { kind: 'year', text, startYear: reportYear, endYear: reportYear }
}
