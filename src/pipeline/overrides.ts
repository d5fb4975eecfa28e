import type { Problem, Span } from '../types/pledge'
import overridesJson from './overrides.json'

/**
 * Reviewed decisions rules cannot make. A passage is given by its first and last words so it
 * survives re-segmentation; each entry carries its reason. See README.md.
 */
export interface AttributionOverride {
  reportId: string
  from: string
  to: string
  areaId: string
  reason: string
}

/** The overrides file, typed. */
export const OVERRIDES: { attribution: readonly AttributionOverride[] } = overridesJson

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
    const start = text.indexOf(o.from)
    const toAt = start < 0 ? -1 : text.indexOf(o.to, start)
    const unique = start >= 0 && text.indexOf(o.from, start + 1) < 0
    if (toAt < 0 || !unique) {
      problems.push({
        reportId,
        start: Math.max(start, 0),
        end: Math.max(start, 0),
        severity: 'warning',
        kind: 'override',
        message: `override anchor not found once: ${o.from} … ${o.to}`,
      })
      continue
    }
    const end = toAt + o.to.length
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
