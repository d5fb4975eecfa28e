import type { Area, Problem, Report, Span } from '../types/pledge'
import type { AttributionContext } from './attribute'
import { sentencesToCommitments } from './commitments'
import { textToExcludedSpans } from './exclusions'
import { numberToDraft, type FigureDraft } from './extract'
import { textToFrames } from './frames'
import { textToMentions, textToUnknownPlaces } from './mentions'
import { textToNormalised } from './normalise'
import { rangeStartsOfExcluded, textToNumbers } from './numbers'
import { overridesToSpans, type AttributionOverride } from './overrides'
import { paragraphsToRepeats } from './repeats'
import type { ReportMeta } from './report-meta'
import { textToSegments } from './segment'
import type { Commitment, Figure } from '../types/pledge'

/** Everything extracted from one report before cross-report relations. */
export interface ReportExtract {
  report: Report
  drafts: FigureDraft[]
  problems: Problem[]
  context: AttributionContext
}

/**
 * Locates each anchor phrase in the text; a phrase that is not there (the text was edited, or
 * the metadata mistyped) is a warning rather than a silently shorter list of evidence.
 */
function anchorsToSpans(
  reportId: string,
  text: string,
  anchors: readonly string[],
  what: 'date' | 'outlet',
): { spans: Span[]; problems: Problem[] } {
  const spans: Span[] = []
  const problems: Problem[] = []
  for (const anchor of anchors) {
    const at = text.indexOf(anchor)
    if (at < 0) {
      problems.push({
        reportId,
        start: 0,
        end: 0,
        severity: 'warning',
        kind: 'unparsedNumber',
        message: `${what} evidence not found: ${anchor}`,
      })
    } else spans.push({ start: at, end: at + anchor.length })
  }
  return { spans, problems }
}

/** Segment one report, find its numbers and turn them into attributed figure drafts. */
export function reportToExtract(
  meta: ReportMeta,
  original: string,
  areas: readonly Area[],
  overrides: readonly AttributionOverride[],
): ReportExtract {
  // Every rule reads the normalised copy (full-width digits, traditional characters …); it has
  // the original's offsets, so quotes and number texts are sliced from the original.
  const text = textToNormalised(original)
  const segments = textToSegments(text)
  const mentions = textToMentions(text, areas)
  const rules = textToExcludedSpans(text)
  const excluded = [...rules, ...rangeStartsOfExcluded(text, rules)]
  const ov = overridesToSpans(meta.id, text, overrides)
  const context: AttributionContext = {
    text,
    segments,
    mentions,
    frames: textToFrames(text),
    overrides: ov.spans,
    defaultAreaId: meta.defaultAreaId,
  }
  const year = Number(meta.date.slice(0, 4))
  const numbers = textToNumbers(text, excluded).map((n) => ({
    ...n,
    numberText: original.slice(n.digits.start, n.digits.end),
  }))
  const drafts = numbers
    .map((n) => numberToDraft(text, n, meta.id, year, context))
    .map((d) => ({ ...d, quote: original.slice(d.start, d.end) }))
  const evidence = anchorsToSpans(meta.id, original, meta.dateAnchors, 'date')
  const outletEvidence = anchorsToSpans(meta.id, original, meta.outletAnchors, 'outlet')
  const problems: Problem[] = [...ov.problems, ...evidence.problems, ...outletEvidence.problems]
  for (const d of drafts) {
    // A city, province or nation figure has no area by design: not a problem.
    if (d.areaId === null && d.scope === 'area') {
      problems.push({
        reportId: meta.id,
        start: d.numberStart,
        end: d.numberEnd,
        severity: 'warning',
        kind: 'attribution',
        message: `no area for ${d.numberText}${d.unit}`,
      })
    } else if (d.attribution === 'mentionAfter') {
      problems.push({
        reportId: meta.id,
        start: d.numberStart,
        end: d.numberEnd,
        severity: 'info',
        kind: 'attribution',
        message: `${d.numberText}${d.unit}: area named only after the number (${d.areaId}); check`,
      })
    } else if (d.attribution === 'reportDefault') {
      problems.push({
        reportId: meta.id,
        start: d.numberStart,
        end: d.numberEnd,
        severity: 'info',
        kind: 'attribution',
        message: `${d.numberText}${d.unit} names no area; report default ${d.areaId} used`,
      })
    }
  }
  for (const u of textToUnknownPlaces(text, areas)) {
    problems.push({
      reportId: meta.id,
      ...u,
      severity: 'info',
      kind: 'unknownArea',
      message: `${text.slice(u.start, u.end)} is not in the area registry (no figure of its own)`,
    })
  }
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const s = m.index
    const e = s + m[0].length
    const covered =
      numbers.some((n) => n.digits.start <= s && e <= n.digits.end) ||
      excluded.some((x) => x.start <= s && e <= x.end)
    if (!covered)
      problems.push({
        reportId: meta.id,
        start: s,
        end: e,
        severity: 'warning',
        kind: 'unparsedNumber',
        message: `numeral ${original.slice(s, e)} neither extracted nor excluded`,
      })
  }
  const report: Report = {
    id: meta.id,
    file: meta.file,
    outlet: meta.outlet,
    outletBasis: meta.outletBasis,
    outletEvidence: meta.outletEvidence,
    outletEvidenceSpans: outletEvidence.spans,
    headline: meta.headline,
    date: meta.date,
    dateApproximate: true,
    dateReasoning: meta.dateReasoning,
    dateEvidence: evidence.spans,
    defaultAreaId: meta.defaultAreaId,
    length: text.length,
    repeatedPassages: paragraphsToRepeats(text, segments.paragraphs),
  }
  return { report, drafts, problems, context }
}

/** Commitments of a report once its figures are final. */
export function extractToCommitments(
  x: ReportExtract,
  text: string,
  figures: Figure[],
): Commitment[] {
  return sentencesToCommitments(x.report.id, text, figures, x.report.repeatedPassages, x.context)
}
