import { KB, MB } from './budgets'

/** Text for a missing measurement. */
export const NA = 'n/a'

/** `812 ms`, or n/a. Whole milliseconds: runs vary by ~10 %, decimals would be noise. */
export function formatMs(ms: number | null): string {
  return ms === null ? NA : `${Math.round(ms)} ms`
}

/** `438.2 kB` (1 kB = 1000 bytes), or n/a. */
export function formatKb(bytes: number | null): string {
  return bytes === null ? NA : `${(bytes / KB).toFixed(1)} kB`
}

/** `8.0 MB` (1 MB = 1 000 000 bytes), or n/a: heaps, at the table's precision. */
export function formatMb(bytes: number | null): string {
  return bytes === null ? NA : `${(bytes / MB).toFixed(1)} MB`
}

/** `0.83×`, or n/a. */
export function formatRatio(r: number | null): string {
  return r === null ? NA : `${r.toFixed(2)}×`
}

/** Escapes the characters that would break a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/** One Markdown table: header, separator and rows; numeric columns may be right-aligned. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const sep = header.map((_, i) => (right.includes(i) ? '---:' : '---'))
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`
  return [line(header), line(sep), ...rows.map(line)].join('\n')
}
