/** Numeral parsing: Arabic digit strings and Chinese numerals (两, 十三, 一百二十, 五百 …). */

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

/** Characters that may form a Chinese numeral (up to thousands). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千'

/**
 * Parse a Chinese numeral below ten thousand: 十 = 10, 十三 = 13, 二十 = 20, 一百二十 = 120.
 * Returns null for anything else, so callers can report it rather than guess.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null
  let total = 0
  let pending: number | null = null
  for (const ch of text) {
    const digit = DIGITS[ch]
    const mult = MULTIPLIERS[ch]
    if (digit !== undefined) {
      if (pending !== null) return null
      pending = digit
    } else if (mult !== undefined) {
      // A bare 十 at the start means one ten (十三 = 13).
      total += (pending ?? 1) * mult
      pending = null
    } else {
      return null
    }
  }
  return total + (pending ?? 0)
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
