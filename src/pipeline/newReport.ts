import { textToNormalised } from './normalise'
import type { ReportMeta } from './report-meta'

/**
 * Largest report text (and decisions file) accepted, 1 MB: the five reports are 10–21 KB. The
 * CLI checks it before reading a file (`readBounded` in cli/project.ts).
 */
export const MAX_REPORT_BYTES = 1_000_000

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string }

/**
 * Decides whether the bytes of a file are a report text the pipeline can read: non-empty,
 * UTF-8, not binary, and Chinese. Offsets in the data count UTF-16 units of the decoded text, so
 * a byte-order mark is refused rather than silently shifting every offset.
 */
export function bytesToReportText(bytes: Uint8Array): Checked<string> {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' }
  if (bytes.length > MAX_REPORT_BYTES) {
    return {
      ok: false,
      reason: `the file is ${bytes.length} bytes; the limit is ${MAX_REPORT_BYTES}`,
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      ok: false,
      reason: 'the file starts with a UTF-8 byte-order mark; save it without one',
    }
  }
  if (bytes.includes(0))
    return { ok: false, reason: 'the file contains NUL bytes: it is binary, not text' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return {
      ok: false,
      reason: 'the file is not valid UTF-8 (GBK or another encoding?): convert it to UTF-8',
    }
  }
  // Control characters other than tab and line breaks mean a binary or corrupted file.
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0
  if (controls > 0)
    return {
      ok: false,
      reason: `the file contains ${controls} control characters: it is not plain text`,
    }
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
  if (han < 20)
    return {
      ok: false,
      reason: `the text has ${han} Chinese characters; a report is expected in Chinese`,
    }
  return { ok: true, value: text }
}

export interface NewReportOptions {
  date: string
  outlet: string
  /** The file name it was added from, kept as provenance. */
  sourceName: string
}

/** Checks the command-line metadata: an ISO date that exists, and an outlet name. */
export function checkOptions(
  date: string | undefined,
  outlet: string | undefined,
): Checked<{ date: string; outlet: string }> {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    return { ok: false, reason: '--date YYYY-MM-DD is required (the publication date)' }
  }
  if (new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    return { ok: false, reason: `--date ${date} is not a calendar date` }
  }
  if (!outlet || outlet.trim().length === 0)
    return { ok: false, reason: '--outlet "…" is required' }
  return { ok: true, value: { date, outlet: outlet.trim() } }
}

/** A short, stable hexadecimal hash of the text (FNV-1a, 64 bit) for the file name. */
export function textHash(text: string): string {
  let h = 0xcbf29ce484222325n
  for (const unit of new TextEncoder().encode(text)) {
    h ^= BigInt(unit)
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return h.toString(16).padStart(16, '0')
}

/** The evidence of an added report's date and outlet: the person who added it gave them. */
export const GIVEN_BY_ADDER = 'Given by the person who added it'

/**
 * Metadata of a report added with `npm run add-report`: the next id and file number, the first
 * line of the text as headline, and the date and outlet as given by whoever added it.
 */
export function newReportMeta(
  existing: readonly ReportMeta[],
  text: string,
  options: NewReportOptions,
): ReportMeta {
  const number = nextReportNumber(existing)
  const headline =
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? ''
  return {
    id: `r${number}`,
    file: `${number}_${textHash(text)}.txt`,
    outlet: options.outlet,
    // Whoever adds the report states the outlet and date; there is no phrase of the text to
    // point to, so the evidence is the person, and there are no spans.
    outletBasis: 'stated',
    outletEvidence: `${GIVEN_BY_ADDER} (--outlet, from ${options.sourceName}).`,
    outletAnchors: [],
    headline: headline.slice(0, 120),
    date: options.date,
    dateReasoning: `${GIVEN_BY_ADDER} (--date, from ${options.sourceName}).`,
    dateAnchors: [],
    defaultAreaId: null,
  }
}

/** The next report number, zero-padded (`005` after r000–r004 and any added reports). */
export function nextReportNumber(existing: readonly ReportMeta[]): string {
  const next = existing.reduce((max, m) => Math.max(max, Number(m.id.slice(1)) || 0), -1) + 1
  return String(next).padStart(3, '0')
}

/**
 * The form in which two texts count as the same report: the pipeline's normalisation
 * (`textToNormalised`: full-width → ASCII, traditional → simplified, range dashes, corner
 * quotes) with every whitespace removed (line breaks, indentation, full-width spaces), so a
 * re-typeset or traditional-script copy of a report is still recognised.
 */
export function textKey(text: string): string {
  return textToNormalised(text.normalize('NFC')).replace(/\s+/gu, '')
}

/** The report of the project whose text is the same as `text` (see `textKey`), if any. */
export function duplicateOf(
  existing: readonly { meta: ReportMeta; text: string }[],
  text: string,
): ReportMeta | undefined {
  const key = textKey(text)
  return existing.find((r) => textKey(r.text) === key)?.meta
}
