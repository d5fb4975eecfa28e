/** Numeral parsing: Arabic digit strings and Chinese numerals (两, 十三, 一百二十, 三千万 …). */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

const MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }

/** Characters that may form a Chinese numeral below ten thousand (the magnitudes 万/亿 apart). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千'

/**
 * Parse a Chinese numeral: 十 = 10, 十三 = 13, 二十 = 20, 一百二十 = 120, 一百零五 = 105,
 * 三千万 = 30 000 000, 一亿二千万 = 120 000 000. Returns null for anything else (三三, a bare 亿),
 * so callers can report it rather than guess.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null
  // `total` holds the parts already closed by 亿/万, `section` the part below ten thousand.
  let total = 0
  let section = 0
  let pending: number | null = null
  let any = false
  for (const ch of text) {
    const digit = DIGITS[ch]
    const mult = MULTIPLIERS[ch]
    if (digit === 0 && pending === null) {
      // 一百零五: 零 only holds a place.
      any = true
      continue
    }
    if (digit !== undefined) {
      if (pending !== null) return null
      pending = digit
      any = true
    } else if (mult !== undefined) {
      // A bare 十 or 百 at the start means one of it (十三 = 13, 百余个 = over 100).
      section += (pending ?? 1) * mult
      pending = null
      any = true
    } else if (ch === '万' || ch === '亿') {
      const part = section + (pending ?? 0)
      if (part === 0 && total === 0) return null
      // 一万亿: 亿 multiplies everything before it; 一亿二千万: 万 only the section after 亿.
      total = ch === '亿' ? (total + part) * 1e8 : total + part * 1e4
      section = 0
      pending = null
    } else {
      return null
    }
  }
  if (!any) return null
  return total + section + (pending ?? 0)
}

/** Parse an Arabic number as written (digits, optional decimals, optional thousands commas). */
export function parseArabic(text: string): number | null {
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(text)) return null
  return Number(text.replace(/,/g, ''))
}

/** Parse either kind of numeral. */
export function parseNumeral(text: string): number | null {
  return /\d/.test(text) ? parseArabic(text) : parseChineseNumeral(text)
}
