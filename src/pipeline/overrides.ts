import type { Problem, Span } from '../types/pledge'

/**
 * Reviewed decisions rules cannot make, kept in each report's decisions file (decisions.ts,
 * `passages`). A passage is given by its first and last words so it survives re-segmentation;
 * each entry carries its reason. See README.md.
 */
export interface AttributionOverride {
  reportId: string
  from: string
  to: string
  areaId: string
  reason: string
}

/**
 * A reviewed reading that the investment amounts (and their project counts) of one passage are
 * disjoint parts of one whole — two project lists of one programme — so their sum is a derived
 * headline. The reason says why the text supports it.
 */
export interface DisjointParts {
  reportId: string
  from: string
  to: string
  reason: string
}

/** A resolved override passage. */
export interface OverrideSpan extends Span {
  areaId: string
}

/** Locate each override of a report in its text; an anchor that is missing or not unique is a problem. */
export function overridesToSpans(
  reportId: string,
  text: string,
  overrides: readonly AttributionOverride[],
): { spans: OverrideSpan[]; problems: Problem[] } {
  const spans: OverrideSpan[] = []
  const problems: Problem[] = []
  for (const o of overrides.filter((x) => x.reportId === reportId)) {
    const span = anchorSpan(text, o)
    if (!span) {
      problems.push(missingAnchor(reportId, text, o))
      continue
    }
    const { start, end } = span
    spans.push({ start, end, areaId: o.areaId })
    problems.push({
      reportId,
      start,
      end,
      severity: 'info',
      kind: 'override',
      message: `attributed to ${o.areaId} by override: ${o.reason}`,
    })
  }
  return { spans, problems }
}

/** The passage from the first (unique) `from` to the end of the next `to`, or null. */
function anchorSpan(text: string, o: { from: string; to: string }): Span | null {
  const start = text.indexOf(o.from)
  const toAt = start < 0 ? -1 : text.indexOf(o.to, start)
  const unique = start >= 0 && text.indexOf(o.from, start + 1) < 0
  return toAt < 0 || !unique ? null : { start, end: toAt + o.to.length }
}

function missingAnchor(reportId: string, text: string, o: { from: string; to: string }): Problem {
  const at = Math.max(text.indexOf(o.from), 0)
  return {
    reportId,
    start: at,
    end: at,
    severity: 'warning',
    kind: 'override',
    message: `override anchor not found once: ${o.from} … ${o.to}`,
  }
}

/** Locate each disjoint-parts decision of a report; a missing anchor is a problem. */
export function disjointPartsToSpans(
  reportId: string,
  text: string,
  decisions: readonly DisjointParts[],
): { spans: Span[]; problems: Problem[] } {
  const spans: Span[] = []
  const problems: Problem[] = []
  for (const d of decisions.filter((x) => x.reportId === reportId)) {
    const span = anchorSpan(text, d)
    if (!span) {
      problems.push(missingAnchor(reportId, text, d))
      continue
    }
    spans.push(span)
    problems.push({
      reportId,
      ...span,
      severity: 'info',
      kind: 'override',
      message: `disjoint parts by decision, summed as derived: ${d.reason}`,
    })
  }
  return { spans, problems }
}
