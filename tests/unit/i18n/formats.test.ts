import { describe, expect, it } from 'vitest'
import { i18n } from '../../../src/i18n'
import { formatDate, formatNumber, type FractionDigits } from '../../../src/format/number'

/**
 * vue-i18n's `n()` / `d()` and the pure formatters (for exports and the CLI) read one table of
 * formats: they must print the same text, and the text the app printed before (hand-built
 * `Intl` formatters of zh-CN and en-GB).
 */
describe('number and date formats', () => {
  const { n, d } = i18n.global

  it.each([
    [1234567.891, 0, 'zh', '1,234,568'],
    [1234567.891, 2, 'en', '1,234,567.89'],
    [3462.3, 1, 'zh', '3,462.3'],
    [760.9, 3, 'en', '760.9'],
    [0.5, 0, 'en', '1'],
  ] as const)('%d with %d decimals in %s', (value, digits: FractionDigits, lang, text) => {
    expect(formatNumber(value, lang, digits)).toBe(text)
    expect(n(value, `digits${digits}`, lang)).toBe(text)
  })

  it.each([
    ['2023-09-14', 'zh', 'reportMonth', '2023年9月'],
    ['2023-09-14', 'en', 'reportMonth', 'September 2023'],
    ['2022-05-03', 'zh', 'reportMonthShort', '2022年5月'],
    ['2022-05-03', 'en', 'reportMonthShort', 'May 2022'],
    ['2023-09-01', 'en', 'reportMonthShort', 'Sep 2023'],
  ] as const)('%s in %s as %s', (iso, lang, format, text) => {
    expect(formatDate(iso, format, lang)).toBe(text)
    expect(d(new Date(`${iso}T00:00:00Z`), format, lang)).toBe(text)
  })

  it('keeps text that is not a date as it is', () => {
    expect(formatDate('', 'reportMonth', 'en')).toBe('')
  })
})
