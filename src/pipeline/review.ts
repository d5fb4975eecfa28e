import { headlinesFor } from '../metrics/headlines'
import type {
  Attribution,
  Confidence,
  CountSet,
  Figure,
  FigureKind,
  Headline,
  Horizon,
  Metric,
  MoneyType,
  PledgeData,
  Qualifier,
  Scope,
} from '../types/pledge'
import { decisionMatches, type FigureDecision, type ReportDecisions } from './decisions'

/** Characters of the original text shown on each side of a number. */
const CONTEXT_CHARS = 30

/** Characters of context a suggested decision quotes on each side (stable, short). */
const DECISION_CHARS = 6

/** One new figure as the reviewer sees it. Offsets are UTF-16 units into the given text. */
export interface ReviewFigure {
  id: string
  /** The number as written, qualifier and unit included (`总投资` excluded): `760.9亿元`. */
  written: string
  /** ±30 characters of the original text with the number marked: `…推进总投资【760.9亿元】的…`. */
  context: string
  start: number
  end: number
  numberStart: number
  numberEnd: number
  areaId: string | null
  scope: Scope
  kind: FigureKind
  metric: Metric
  value: number
  unit: string
  qualifier: Qualifier
  horizon: Horizon
  moneyType: MoneyType | null
  countSet: CountSet | null
  nestedIn: string | null
  duplicateOf: string | null
  confidence: Confidence
  attribution: Attribution
  /** The decision of the report's decisions file that settled it, if any. */
  decision: string | null
}

/** An area headline as text (`930亿元`, `334个`), or null for "no figure reported". */
export interface HeadlineChange {
  areaId: string
  name: string
  headline: 'investment' | 'projects'
  before: string | null
  after: string | null
}

/** What needs a decision (blocking) or is only worth a look. */
export type ReviewProblemKind =
  | 'unknownPlace'
  | 'noArea'
  | 'scope'
  | 'lowConfidence'
  | 'unparsedNumber'
  | 'staleDecision'
  | 'decision'
  | 'attribution'
  | 'other'

/** One line of the review's problem list. */
export interface ReviewProblem {
  kind: ReviewProblemKind
  blocking: boolean
  start: number
  end: number
  message: string
  /** A decisions-file entry that would settle it, to be completed with a reason. */
  settle: string | null
}

/** The review of a new report, printed as text or as JSON (`--json`). */
export interface Review {
  report: {
    id: string
    file: string
    headline: string
    date: string
    outlet: string
    length: number
  }
  figures: ReviewFigure[]
  commitments: number
  headlineChanges: HeadlineChange[]
  problems: ReviewProblem[]
  /** How many problems block `--write`. */
  blocking: number
}

/** ±`chars` of `text` around a span, line breaks as spaces, the span marked 【…】. */
export function markedContext(text: string, start: number, end: number, chars = CONTEXT_CHARS) {
  const from = Math.max(0, start - chars)
  const to = Math.min(text.length, end + chars)
  const flat = (s: string) => s.replace(/\s+/g, ' ')
  return (
    (from > 0 ? '…' : '') +
    flat(text.slice(from, start)).trimStart() +
    `【${text.slice(start, end)}】` +
    flat(text.slice(end, to)).trimEnd() +
    (to < text.length ? '…' : '')
  )
}

/** A short context holding the number, on its own line: what a decision quotes to find it. */
function decisionContext(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const nl = text.indexOf('\n', end)
  const lineEnd = nl < 0 ? text.length : nl
  return text.slice(
    Math.max(lineStart, start - DECISION_CHARS),
    Math.min(lineEnd, end + DECISION_CHARS),
  )
}

/** A decisions-file entry to settle the number at `start–end`, awaiting its reason. */
function settleEntry(text: string, start: number, end: number, action: string): string {
  return JSON.stringify({
    number: text.slice(start, end),
    context: decisionContext(text, start, end),
    action,
    ...(action === 'reassign' ? { areaId: '…' } : {}),
    reason: '…',
  })
}

function headlineText(h: Headline | null): string | null {
  if (!h) return null
  const value = h.value.toLocaleString('en-US', { maximumFractionDigits: 2 })
  const over = h.bound === 'over' || h.bound === 'atLeast' ? '+' : ''
  return `${value}${over}${h.unit}${h.derived ? ' (sum)' : ''}`
}

/** Areas whose headline the new report changes: before (without it) → after (with it). */
export function headlineChanges(before: PledgeData, after: PledgeData): HeadlineChange[] {
  const was = headlinesFor(before)
  const now = headlinesFor(after)
  return after.areas.flatMap((a) =>
    (['investment', 'projects'] as const).flatMap((headline) => {
      const b = headlineText(was[a.id]?.[headline] ?? null)
      const n = headlineText(now[a.id]?.[headline] ?? null)
      return b === n ? [] : [{ areaId: a.id, name: a.nameZh, headline, before: b, after: n }]
    }),
  )
}

function toReviewFigure(text: string, f: Figure, decision: FigureDecision | undefined) {
  return {
    id: f.id,
    written: text.slice(f.numberStart, f.numberEnd),
    context: markedContext(text, f.numberStart, f.numberEnd),
    start: f.start,
    end: f.end,
    numberStart: f.numberStart,
    numberEnd: f.numberEnd,
    areaId: f.areaId,
    scope: f.scope,
    kind: f.kind,
    metric: f.metric,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    horizon: f.horizon,
    moneyType: f.moneyType,
    countSet: f.countSet,
    nestedIn: f.nestedIn,
    duplicateOf: f.duplicateOf,
    confidence: f.confidence,
    attribution: f.attribution,
    decision: decision ? `${decision.action}: ${decision.reason}` : null,
  }
}

/** The figure checks the pipeline leaves to a reviewer: whose figure it is, and how sure. */
function figureProblems(text: string, f: ReviewFigure): ReviewProblem[] {
  if (f.decision !== null) return []
  const at = { start: f.numberStart, end: f.numberEnd }
  const out: ReviewProblem[] = []
  if (f.scope !== 'area')
    out.push({
      kind: 'scope',
      blocking: true,
      ...at,
      message: `${f.id} «${f.written}» is a ${f.scope}-level figure: accept it as such or reassign it`,
      settle: settleEntry(text, at.start, at.end, 'accept'),
    })
  // A figure without an area is the pipeline's noArea problem already: listed once.
  else if (f.confidence === 'low' && f.areaId !== null)
    out.push({
      kind: 'lowConfidence',
      blocking: true,
      ...at,
      message: `${f.id} «${f.written}» → ${f.areaId ?? '(no area)'} by ${f.attribution}, low confidence: accept or reassign`,
      settle: settleEntry(text, at.start, at.end, 'accept'),
    })
  return out
}

/** The pipeline's problems of the report, each classified once. */
function pipelineProblems(
  data: PledgeData,
  reportId: string,
  text: string,
  decisions: ReportDecisions,
  checked: readonly ReviewFigure[],
): ReviewProblem[] {
  const accepted = new Set(decisions.places.map((p) => p.name))
  const foldedInto = (start: number) =>
    checked.some((f) => f.numberStart <= start && start < f.numberEnd)
  return data.problems
    .filter((p) => p.reportId === reportId)
    .flatMap((p): ReviewProblem[] => {
      const at = { start: p.start, end: p.end }
      const written = text.slice(p.start, p.end)
      if (p.kind === 'unknownArea') {
        const ok = accepted.has(written)
        return [
          {
            kind: 'unknownPlace',
            blocking: !ok,
            ...at,
            message: ok ? p.message : `«${written}» is not in the area registry`,
            settle: ok
              ? null
              : JSON.stringify({
                  name: written,
                  reason: '… (or add an alias in src/data/areas.ts)',
                }),
          },
        ]
      }
      if (p.kind === 'unparsedNumber')
        return [
          {
            kind: 'unparsedNumber',
            blocking: p.severity === 'warning',
            ...at,
            message: `${p.message}: ${markedContext(text, p.start, p.end, 12)}`,
            settle: p.end > p.start ? settleEntry(text, p.start, p.end, 'exclude') : null,
          },
        ]
      if (p.kind === 'attribution' && p.severity === 'warning')
        return [
          {
            kind: 'noArea',
            blocking: true,
            ...at,
            message: `${p.message}: ${markedContext(text, p.start, p.end, 12)}`,
            settle: settleEntry(text, p.start, p.end, 'reassign'),
          },
        ]
      // A figure already listed for its scope or confidence is not listed twice.
      if (p.kind === 'attribution' && foldedInto(p.start)) return []
      if (p.kind === 'override')
        return [
          {
            kind: p.severity === 'warning' ? 'staleDecision' : 'decision',
            blocking: p.severity === 'warning',
            ...at,
            message: p.message,
            settle: null,
          },
        ]
      return [
        {
          kind: p.kind === 'attribution' ? 'attribution' : 'other',
          blocking: p.severity === 'warning',
          ...at,
          message: p.message,
          settle: null,
        },
      ]
    })
}

/**
 * The review printed before anything is published: each new figure in its context, where it
 * goes and how sure that is, what it does to the map (headlines before → after), and the
 * problems — one source each: the pipeline's problems, plus the scope and confidence of each
 * figure no decision has settled. Blocking problems stop `--write` until the report's decisions
 * file settles them.
 */
export function reviewNewReport(
  before: PledgeData,
  after: PledgeData,
  reportId: string,
  text: string,
  decisions: ReportDecisions,
): Review {
  const report = after.reports.find((r) => r.id === reportId)
  const figures = after.figures
    .filter((f) => f.reportId === reportId)
    .map((f) =>
      toReviewFigure(
        text,
        f,
        decisions.figures.find((d) =>
          decisionMatches(text, d, { start: f.numberStart, end: f.numberEnd }),
        ),
      ),
    )
  const own = figures.flatMap((f) => figureProblems(text, f))
  const checked = figures.filter((f) => own.some((p) => p.start === f.numberStart))
  const problems = [...pipelineProblems(after, reportId, text, decisions, checked), ...own].sort(
    (a, b) => a.start - b.start,
  )
  return {
    report: {
      id: reportId,
      file: report?.file ?? '',
      headline: report?.headline ?? '',
      date: report?.date ?? '',
      outlet: report?.outlet ?? '',
      length: text.length,
    },
    figures,
    commitments: after.commitments.filter((c) => c.reportId === reportId).length,
    headlineChanges: headlineChanges(before, after),
    problems,
    blocking: problems.filter((p) => p.blocking).length,
  }
}

function figureLine(f: ReviewFigure): string[] {
  const type = [f.kind, f.moneyType ?? f.countSet].filter((x) => x !== null).join('/')
  const where = f.scope === 'area' ? (f.areaId ?? '(no area)') : `(${f.scope})`
  return [
    `  ${f.id}  ${where.padEnd(20)} ${f.metric.padEnd(15)} ${f.value} ${f.unit}  ${type}` +
      `  ${f.confidence} (${f.attribution})` +
      `${f.nestedIn ? `  in ${f.nestedIn}` : ''}${f.duplicateOf ? `  (restates ${f.duplicateOf})` : ''}`,
    `         ${f.context}`,
    ...(f.decision ? [`         decided: ${f.decision}`] : []),
  ]
}

/** The review as the text add-report prints: the problem count equals the lines under it. */
export function reviewToText(r: Review): string {
  return [
    `Report ${r.report.id}: ${r.report.headline}`,
    `  outlet ${r.report.outlet}, date ${r.report.date}, ${r.report.length} characters`,
    `New figures: ${r.figures.length}`,
    ...r.figures.flatMap(figureLine),
    `New commitments: ${r.commitments}`,
    `Map headlines changed: ${r.headlineChanges.length}`,
    ...r.headlineChanges.map(
      (h) => `  ${h.name} ${h.headline}: ${h.before ?? '—'} → ${h.after ?? '—'}`,
    ),
    `Problems: ${r.problems.length} (${r.blocking} blocking)`,
    ...r.problems.map(
      (p) =>
        `  ${p.blocking ? 'BLOCKING' : 'info'} ${p.kind} at ${p.start}: ${p.message}` +
        (p.settle ? `  — settle with ${p.settle}` : ''),
    ),
  ].join('\n')
}
