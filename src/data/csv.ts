import { csvFormatRow, csvParseRows } from 'd3-dsv'

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and newlines) into rows of strings. */
export function parseCsv(text: string): string[][] {
  return csvParseRows(text)
}

/**
 * CSV rows as objects keyed by the header row; blank lines are skipped. Built from the rows here:
 * d3-dsv's `csvParse` compiles its row converter with `new Function`, which the CSP forbids.
 */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  if (!header) return []
  return rows
    .filter((r) => r.some((f) => f !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])))
}

/** One CSV line: a field is quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvLine(fields: readonly string[]): string {
  return csvFormatRow([...fields])
}
