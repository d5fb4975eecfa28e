import type { Attribution, Confidence, FigureKind, Problem, Scope, Span } from '../types/pledge'
import type { AttributionOverride, DisjointParts } from './overrides'

/**
 * What a reviewer decided about one figure (or one numeral the pipeline could not read):
 * `accept` the attribution as it is, `reassign` it to another area or scope, give it another
 * `kind`, or `exclude` it (not a figure).
 */
export type FigureAction =
  | { action: 'accept' }
  | { action: 'reassign'; areaId: string | null; scope: Scope }
  | { action: 'kind'; kind: FigureKind }
  | { action: 'exclude' }

/**
 * A decision about a figure, found by its number as written (`760.9亿元`) inside a few
 * characters of context that contain it (`推进总投资760.9亿元的金丰`): stable when figure ids
 * renumber, and the same in a reprint of the sentence.
 */
export type FigureDecision = FigureAction & { number: string; context: string; reason: string }

/** A name that looks like a place but is not in the registry, accepted with its reason. */
export interface PlaceDecision {
  name: string
  reason: string
}

/**
 * A passage (first and last words, see overrides.ts) whose figures belong to one area
 * (`reassign`, a page-layout seam), or whose portfolios are `disjointParts` of one whole.
 */
export type PassageDecision =
  | { action: 'reassign'; from: string; to: string; areaId: string; reason: string }
  | { action: 'disjointParts'; from: string; to: string; reason: string }

/** The decisions file of one report: `public/reports/<NNN_hash>.decisions.json`. */
export interface ReportDecisions {
  figures: FigureDecision[]
  places: PlaceDecision[]
  passages: PassageDecision[]
}

/** No decisions: a report without a decisions file. */
export const NO_DECISIONS: ReportDecisions = { figures: [], places: [], passages: [] }

const SCOPES: readonly Scope[] = ['area', 'city', 'province', 'nation']
const KINDS: readonly FigureKind[] = ['pledge', 'achievement', 'context']

type Json = Record<string, unknown>

function str(o: Json, key: string, where: string): string {
  const v = o[key]
  if (typeof v !== 'string' || v.trim().length === 0)
    throw new Error(`${where}: "${key}" must be a non-empty string`)
  return v
}

function list(o: Json, key: string, where: string): Json[] {
  const v = o[key] ?? []
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'object' || x === null || Array.isArray(x)))
    throw new Error(`${where}: "${key}" must be a list of objects`)
  return v as Json[]
}

function parseFigure(o: Json, where: string): FigureDecision {
  const number = str(o, 'number', where)
  const context = str(o, 'context', where)
  const reason = str(o, 'reason', where)
  if (!context.includes(number))
    throw new Error(`${where}: the context «${context}» must contain the number «${number}»`)
  const base = { number, context, reason }
  const action = str(o, 'action', where)
  if (action === 'accept' || action === 'exclude') return { ...base, action }
  if (action === 'kind') {
    const kind = str(o, 'kind', where)
    if (!KINDS.includes(kind as FigureKind))
      throw new Error(`${where}: kind must be one of ${KINDS.join(', ')}`)
    return { ...base, action, kind: kind as FigureKind }
  }
  if (action === 'reassign') {
    const scope = (o.scope ?? 'area') as Scope
    if (!SCOPES.includes(scope))
      throw new Error(`${where}: scope must be one of ${SCOPES.join(', ')}`)
    const areaId = scope === 'area' ? str(o, 'areaId', where) : null
    if (scope !== 'area' && o.areaId !== undefined && o.areaId !== null)
      throw new Error(`${where}: a ${scope} figure has no areaId`)
    return { ...base, action, areaId, scope }
  }
  throw new Error(`${where}: action must be accept, reassign, kind or exclude`)
}

function parsePassage(o: Json, where: string): PassageDecision {
  const base = {
    from: str(o, 'from', where),
    to: str(o, 'to', where),
    reason: str(o, 'reason', where),
  }
  const action = str(o, 'action', where)
  if (action === 'reassign') return { ...base, action, areaId: str(o, 'areaId', where) }
  if (action === 'disjointParts') return { ...base, action }
  throw new Error(`${where}: a passage action must be reassign or disjointParts`)
}

/**
 * Parses a decisions file. Every entry needs a non-empty reason; anything malformed is an
 * error naming the entry, never silently ignored.
 */
export function parseDecisions(json: string, name = 'decisions'): ReportDecisions {
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch (err) {
    throw new Error(`${name}: not valid JSON (${(err as Error).message})`)
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error(`${name}: must hold an object with figures, places and passages`)
  const o = raw as Json
  return {
    figures: list(o, 'figures', name).map((x, i) => parseFigure(x, `${name} figures[${i}]`)),
    places: list(o, 'places', name).map((x, i) => ({
      name: str(x, 'name', `${name} places[${i}]`),
      reason: str(x, 'reason', `${name} places[${i}]`),
    })),
    passages: list(o, 'passages', name).map((x, i) => parsePassage(x, `${name} passages[${i}]`)),
  }
}

/** Deterministic JSON of a decisions file (two-space indent, trailing newline). */
export function decisionsToJson(d: ReportDecisions): string {
  return `${JSON.stringify(d, null, 2)}\n`
}

/** Text offsets where the decision's number stands: in each occurrence of its context. */
export function decisionPositions(text: string, d: FigureDecision): number[] {
  const offset = d.context.indexOf(d.number)
  const at: number[] = []
  for (let i = text.indexOf(d.context); i >= 0; i = text.indexOf(d.context, i + 1))
    at.push(i + offset)
  return at
}

/** Whether a figure decision points at the number span `s` (its number starts inside it). */
export function decisionMatches(text: string, d: FigureDecision, s: Span): boolean {
  return decisionPositions(text, d).some((p) => s.start <= p && p < s.end)
}

/** The passage decisions as the pipeline's attribution overrides. */
export function decisionsToOverrides(reportId: string, d: ReportDecisions): AttributionOverride[] {
  return d.passages.flatMap((p) =>
    p.action === 'reassign'
      ? [{ reportId, from: p.from, to: p.to, areaId: p.areaId, reason: p.reason }]
      : [],
  )
}

/** The passage decisions that mark disjoint parts of one whole. */
export function decisionsToDisjointParts(reportId: string, d: ReportDecisions): DisjointParts[] {
  return d.passages.flatMap((p) =>
    p.action === 'disjointParts' ? [{ reportId, from: p.from, to: p.to, reason: p.reason }] : [],
  )
}

/** A decision about a figure written as the reviewer reads it. */
export function describeDecision(d: FigureDecision): string {
  const what =
    d.action === 'reassign'
      ? `reassign to ${d.areaId ?? d.scope}`
      : d.action === 'kind'
        ? `kind ${d.kind}`
        : d.action
  return `${what} «${d.context}»`
}

/** A decision that matches nothing: the text changed or the entry is mistyped. */
export function staleProblem(reportId: string, what: string): Problem {
  return {
    reportId,
    start: 0,
    end: 0,
    severity: 'warning',
    kind: 'override',
    message: `stale decision: ${what} matches nothing in the text`,
  }
}

/** The fields of a figure draft a decision may change. */
export interface Decidable {
  numberStart: number
  numberEnd: number
  areaId: string | null
  scope: Scope
  kind: FigureKind
  attribution: Attribution
  confidence: Confidence
}

const numberSpan = (f: Decidable): Span => ({ start: f.numberStart, end: f.numberEnd })
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end

/** One figure draft after a decision (null: excluded, not a figure). */
function decide<T extends Decidable>(f: T, d: FigureDecision): T | null {
  switch (d.action) {
    case 'exclude':
      return null
    case 'kind':
      return { ...f, kind: d.kind }
    case 'reassign':
      return { ...f, areaId: d.areaId, scope: d.scope, attribution: 'override', confidence: 'high' }
    case 'accept':
      return f
  }
}

/**
 * Applies a report's figure and place decisions to its drafts and problems, in the pure
 * pipeline so that `npm run build:data` gives what the review showed. A settled figure's
 * attribution problems (and a settled numeral's) give way to one `info` problem with the
 * decision's reason; a figure still without an area keeps its warning; a decision or an
 * accepted name that matches nothing is a `warning` (stale).
 */
export function applyDecisions<T extends Decidable>(
  reportId: string,
  text: string,
  drafts: readonly T[],
  problems: readonly Problem[],
  decisions: ReportDecisions,
): { drafts: T[]; problems: Problem[] } {
  let out: (T | null)[] = [...drafts]
  let kept = [...problems]
  const added: Problem[] = []
  for (const d of decisions.figures) {
    const hits = out.flatMap((f, i) =>
      f !== null && decisionMatches(text, d, numberSpan(f)) ? [i] : [],
    )
    const numerals = kept.filter(
      (p) => p.kind === 'unparsedNumber' && p.end > p.start && decisionMatches(text, d, p),
    )
    if (hits.length === 0 && numerals.length === 0) {
      added.push(staleProblem(reportId, describeDecision(d)))
      continue
    }
    const settled: Span[] = numerals.map((p) => ({ start: p.start, end: p.end }))
    out = out.map((f, i) => {
      if (f === null || !hits.includes(i)) return f
      const next = decide(f, d)
      // A figure left without an area (accepting a no-area figure) keeps its warning.
      if (next === null || next.areaId !== null || next.scope !== 'area')
        settled.push(numberSpan(f))
      return next
    })
    kept = kept.filter(
      (p) =>
        !(
          (p.kind === 'attribution' || p.kind === 'unparsedNumber') &&
          settled.some((s) => overlaps(s, p))
        ),
    )
    for (const s of settled)
      added.push({
        reportId,
        ...s,
        severity: 'info',
        kind: 'override',
        message: `decision ${describeDecision(d)}: ${d.reason}`,
      })
  }
  for (const place of decisions.places) {
    const named = kept.filter(
      (p) => p.kind === 'unknownArea' && text.slice(p.start, p.end) === place.name,
    )
    if (named.length === 0) added.push(staleProblem(reportId, `the place «${place.name}»`))
    kept = kept.map((p) =>
      named.includes(p)
        ? { ...p, message: `${place.name} is not in the area registry; accepted: ${place.reason}` }
        : p,
    )
  }
  return { drafts: out.filter((f): f is T => f !== null), problems: [...kept, ...added] }
}
