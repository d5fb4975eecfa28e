import * as OpenCC from 'opencc-js/t2cn'

/**
 * The copy of a report text that the rules read: full-width digits and letters as ASCII
 * (１２３ → 123), a full-width thousands comma as `,` (1，200 → 1,200), a dash or tilde between
 * two numerals as `-` (20～30, 20—30 → 20-30), corner quotes as curly ones (「」 → “”) and
 * traditional characters as simplified (約50億元 → 约50亿元).
 *
 * Every substitution replaces one UTF-16 code unit by one code unit, so the copy has the same
 * length as the original and an offset in it is the same offset in the original: the offset
 * map is the identity, every stage may run on the copy, and a quote sliced from the original at
 * those offsets stays exact. A conversion that would change a length (an OpenCC phrase rule, an
 * NFKC expansion such as ㎡ → m2) is not applied.
 *
 * Used only by the build-time pipeline (never imported by the app), so `opencc-js` stays out of
 * the browser bundle.
 */
export function textToNormalised(text: string): string {
  return numeralPunctuation(traditionalToSimplified(fullWidthToAscii(text)))
}

/**
 * Full-width digits, Latin letters and the signs written inside numbers (％ ． ＋ － ～ ／) through
 * NFKC. Chinese punctuation (，：；！？（）) stays: sentence and clause rules read it as written.
 */
export function fullWidthToAscii(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ％．＋－～／]/g, (ch) => ch.normalize('NFKC'))
}

/** Marks between two numerals that only typeset a range (20—30, 20～30, 二十–三十). */
const RANGE_DASH =
  /(?<=[\d零〇一二两三四五六七八九十百千万亿])[~～〜—–―‒－](?=[\d零〇一二两三四五六七八九十百千])/g

/** Hong Kong and Taiwan quotation marks, as the slogan rule (“5+5+7”) reads them. */
const CORNER_QUOTES: Readonly<Record<string, string>> = {
  '「': '“',
  '『': '‘',
  '」': '”',
  '』': '’',
}

/** Range dashes, full-width thousands commas and corner quotes, each one code unit for one. */
export function numeralPunctuation(text: string): string {
  return text
    .replace(RANGE_DASH, '-')
    .replace(/(?<=\d)，(?=\d{3}(?!\d))/g, ',')
    .replace(/[「『」』]/g, (ch) => CORNER_QUOTES[ch] ?? ch)
}

/**
 * Traditional → simplified through OpenCC (phrases first, then characters: 總投資 → 总投资,
 * 嶗山區 → 崂山区). Converted line by line; a line whose length would change is converted
 * character by character instead, keeping only one-for-one replacements.
 */
export function traditionalToSimplified(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const whole = toSimplified(line)
      if (whole.length === line.length) return whole
      return Array.from(line, (ch) => {
        const one = toSimplified(ch)
        return one.length === ch.length ? one : ch
      }).join('')
    })
    .join('\n')
}

/**
 * OpenCC's Hong Kong table: it also reads Taiwan and OpenCC-standard forms (裡, 臺, 衞 …), and,
 * unlike the Taiwan one, leaves simplified text as it is (显著 stays; the Taiwan table gives 显着).
 */
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' })
