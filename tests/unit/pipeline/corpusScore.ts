/**
 * Scoring extracted figures against a hand-written gold table (tests/fixtures/corpus/): match
 * by position, then precision, recall, attribution and kind. Pure: no files, no pipeline.
 */
import type { Figure, FigureKind, Span } from '../../../src/types/pledge'

/** The only metrics the corpus scores: the two a headline is made of. */
export type ScoredMetric = 'investment' | 'projectCount'

/** One figure of a gold table, as a careful reader finds it in the text. */
export interface GoldFigure {
  /** The number as written (１２３, 1,200, 一百二十, 20～30). */
  numberText: string
  /** In the unit as written (1.2 for 1.2万亿元); the upper end of a range. */
  value: number
  /** Lower end of a range (20 for 20～30个). */
  low?: number
  unit: string
  metric: ScoredMetric
  /** Registry id, or null for a city or province figure. */
  areaId: string | null
  scope: 'area' | 'city' | 'province'
  kind: FigureKind
  /** A few characters around the whole numeric expression, unique in the text. */
  at: string
  note?: string
}

/** A numeral that must never become an investment or project count. */
export interface NotFigure {
  numberText: string
  at: string
  reason: string
}

/** The gold table of one corpus text (`NN-slug.gold.json`). */
export interface GoldTable {
  text: string
  style: string
  date: string
  description: string
  figures: GoldFigure[]
  notFigures: NotFigure[]
}

/** The fields of a pipeline figure that scoring reads. */
export type ScoredFigure = Pick<
  Figure,
  'metric' | 'value' | 'low' | 'unit' | 'areaId' | 'scope' | 'kind' | 'numberStart' | 'numberEnd'
>

/** Why a gold entry or an extracted figure did not score. */
export type FailureKind =
  | 'missed'
  | 'wrongMetric'
  | 'wrongValue'
  | 'spurious'
  | 'notFigure'
  | 'cityToArea'
  | 'areaToCity'
  | 'noArea'
  | 'wrongArea'
  | 'wrongKind'

/** One failure, with the gold `at` (or the extracted number span) to find it by. */
export interface Failure {
  kind: FailureKind
  at: string
  expected: string
  actual: string
}

/** Counts of one text (or of all texts, summed). */
export interface Tally {
  gold: number
  extracted: number
  /** Extracted figures matching a gold entry by position, metric and value. */
  correct: number
  /** Of the correct ones, those with the gold area and scope. */
  rightArea: number
  /** Of the correct ones, those with the gold kind. */
  rightKind: number
}

/** Ratios of a tally; null where the denominator is zero. */
export interface Rates {
  precision: number | null
  recall: number | null
  attribution: number | null
  kind: number | null
}

/** The score of one text. */
export interface TextScore {
  tally: Tally
  failures: Failure[]
}

/** Money units as factors of 亿元 per currency; counts are plain numbers. */
const UNIT_SCALE: Readonly<Record<string, { base: string; factor: number }>> = {
  亿元: { base: 'CNY', factor: 1 },
  億元: { base: 'CNY', factor: 1 },
  // 8个亿, 12亿 without 元: spoken forms of 亿元.
  亿: { base: 'CNY', factor: 1 },
  个亿: { base: 'CNY', factor: 1 },
  万元: { base: 'CNY', factor: 1e-4 },
  萬元: { base: 'CNY', factor: 1e-4 },
  万亿元: { base: 'CNY', factor: 1e4 },
  萬億元: { base: 'CNY', factor: 1e4 },
  亿美元: { base: 'USD', factor: 1 },
  億美元: { base: 'USD', factor: 1 },
  万美元: { base: 'USD', factor: 1e-4 },
  萬美元: { base: 'USD', factor: 1e-4 },
}

/** A value in its currency's 亿 (money) or as is (counts), so 1.2万亿元 equals 12000亿元. */
function normalised(value: number, unit: string): { base: string; value: number } {
  const s = UNIT_SCALE[unit]
  return s ? { base: s.base, value: value * s.factor } : { base: 'count', value }
}

function sameAmount(a: number, unitA: string, b: number, unitB: string): boolean {
  const x = normalised(a, unitA)
  const y = normalised(b, unitB)
  return x.base === y.base && Math.abs(x.value - y.value) <= 1e-9 * Math.max(1, Math.abs(x.value))
}

/** Whether a figure states the gold value (and, for a gold range, its lower end). */
export function sameValue(f: ScoredFigure, g: GoldFigure): boolean {
  if (!sameAmount(f.value, f.unit, g.value, g.unit)) return false
  if (g.low === undefined) return true
  return f.low !== null && sameAmount(f.low, f.unit, g.low, g.unit)
}

/** The one span of `at` in the text, or null when it is missing or not unique. */
export function spanOfAt(text: string, at: string): Span | null {
  const start = text.indexOf(at)
  if (start < 0 || text.indexOf(at, start + 1) >= 0) return null
  return { start, end: start + at.length }
}

/** Problems of a gold table against its text: anchors that are missing, repeated or wrong. */
export function goldProblems(text: string, table: GoldTable): string[] {
  const out: string[] = []
  for (const g of [...table.figures, ...table.notFigures]) {
    if (spanOfAt(text, g.at) === null) out.push(`«${g.at}» is not once in the text`)
    if (!g.at.includes(g.numberText)) out.push(`«${g.at}» does not contain ${g.numberText}`)
  }
  for (const g of table.figures) {
    if ((g.scope === 'area') !== (g.areaId !== null))
      out.push(`«${g.at}»: areaId and scope disagree`)
  }
  return out
}

function contains(outer: Span, f: ScoredFigure): boolean {
  return outer.start <= f.numberStart && f.numberEnd <= outer.end
}

/** Span of the gold number itself inside its `at` (to break ties between figures in one `at`). */
function numberSpan(at: Span, text: string, g: GoldFigure): Span {
  const i = text.slice(at.start, at.end).indexOf(g.numberText)
  return i < 0 ? at : { start: at.start + i, end: at.start + i + g.numberText.length }
}

function overlaps(s: Span, f: ScoredFigure): boolean {
  return f.numberStart < s.end && s.start < f.numberEnd
}

function isScored(f: ScoredFigure): boolean {
  return f.metric === 'investment' || f.metric === 'projectCount'
}

function placeOf(areaId: string | null, scope: string): string {
  // An area scope without an area id is a figure the pipeline could not place.
  return areaId ?? (scope === 'area' ? 'none' : scope)
}

/** What kind of wrong place a correct figure was given. */
function areaFailure(f: ScoredFigure, g: GoldFigure): FailureKind {
  if (f.areaId === null && f.scope === 'area') return 'noArea'
  if (g.areaId === null && f.areaId !== null) return 'cityToArea'
  if (g.areaId !== null && f.areaId === null) return 'areaToCity'
  return 'wrongArea'
}

/**
 * Pairs each gold entry with at most one figure whose number span lies inside the entry's `at`
 * (gold in text order; among candidates, one overlapping the gold number first, then a scored
 * metric, then the right value), and scores the pairs.
 */
export function scoreText(
  text: string,
  table: GoldTable,
  figures: readonly ScoredFigure[],
): TextScore {
  const failures: Failure[] = []
  const used = new Set<ScoredFigure>()
  const tally: Tally = {
    gold: table.figures.length,
    extracted: figures.filter(isScored).length,
    correct: 0,
    rightArea: 0,
    rightKind: 0,
  }
  for (const g of table.figures) {
    const at = spanOfAt(text, g.at)
    if (at === null) {
      failures.push({ kind: 'missed', at: g.at, expected: 'anchor', actual: 'not unique' })
      continue
    }
    const num = numberSpan(at, text, g)
    const rank = (f: ScoredFigure): number =>
      (overlaps(num, f) ? 4 : 0) + (isScored(f) ? 2 : 0) + (sameValue(f, g) ? 1 : 0)
    const f = figures
      .filter((x) => !used.has(x) && contains(at, x))
      .sort((a, b) => rank(b) - rank(a))[0]
    const expected = `${g.metric} ${g.value}${g.unit}`
    if (f === undefined) {
      failures.push({ kind: 'missed', at: g.at, expected, actual: '—' })
      continue
    }
    used.add(f)
    const actual = `${f.metric} ${f.value}${f.unit}`
    if (f.metric !== g.metric) {
      failures.push({ kind: 'wrongMetric', at: g.at, expected, actual })
      continue
    }
    if (!sameValue(f, g)) {
      failures.push({ kind: 'wrongValue', at: g.at, expected, actual })
      continue
    }
    tally.correct += 1
    if (f.areaId === g.areaId && f.scope === g.scope) tally.rightArea += 1
    else {
      const exp = placeOf(g.areaId, g.scope)
      failures.push({
        kind: areaFailure(f, g),
        at: g.at,
        expected: exp,
        actual: placeOf(f.areaId, f.scope),
      })
    }
    if (f.kind === g.kind) tally.rightKind += 1
    else failures.push({ kind: 'wrongKind', at: g.at, expected: g.kind, actual: f.kind })
  }
  const nots = table.notFigures.flatMap((n) => {
    const s = spanOfAt(text, n.at)
    return s ? [{ n, s }] : []
  })
  for (const f of figures) {
    if (used.has(f) || !isScored(f)) continue
    const at = text.slice(Math.max(0, f.numberStart - 4), Math.min(text.length, f.numberEnd + 2))
    const actual = `${f.metric} ${f.value}${f.unit}`
    const not = nots.find(({ s }) => contains(s, f))
    failures.push(
      not
        ? { kind: 'notFigure', at, expected: not.n.reason, actual }
        : { kind: 'spurious', at, expected: '—', actual },
    )
  }
  return { tally, failures }
}

/** Ratios of a tally (precision over extracted, recall over gold, the others over correct). */
export function tallyToRates(t: Tally): Rates {
  const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b)
  return {
    precision: ratio(t.correct, t.extracted),
    recall: ratio(t.correct, t.gold),
    attribution: ratio(t.rightArea, t.correct),
    kind: ratio(t.rightKind, t.correct),
  }
}

/** Sum of tallies (micro-average over every figure of the corpus). */
export function sumTallies(ts: readonly Tally[]): Tally {
  return ts.reduce(
    (a, t) => ({
      gold: a.gold + t.gold,
      extracted: a.extracted + t.extracted,
      correct: a.correct + t.correct,
      rightArea: a.rightArea + t.rightArea,
      rightKind: a.rightKind + t.rightKind,
    }),
    { gold: 0, extracted: 0, correct: 0, rightArea: 0, rightKind: 0 },
  )
}
