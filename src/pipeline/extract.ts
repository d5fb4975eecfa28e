import type { Category, Figure, Metric, Span } from '../types/pledge'
import { breakdownAt, spanToArea, type AttributionContext } from './attribute'
import { classifyCategory, classifyMetric, isThreshold, type FigureContext } from './classify'
import { horizonBefore } from './horizon'
import { classifyCountSet, classifyKind, classifyMoneyType, type KindContext } from './kind'
import type { NumberMatch } from './numbers'

/** A figure before ids and cross-figure relations are assigned. */
export type FigureDraft = Omit<
  Figure,
  'id' | 'pairedWith' | 'nestedIn' | 'duplicateOf' | 'overlapGroup' | 'sumGroup'
> & {
  context: FigureContext
  threshold: boolean
  block: Span
  /** The 其中 breakdown the number is a part of (其中崂山区12个), for nesting in its total. */
  breakdown: Span | null
}

const CLAUSE_BREAK = /[，,；;。！？：:]/

/** The sentence holding a span, or else the line (headings are not split into sentences). */
function sentenceAround(text: string, span: Span, sentences: Span[]): Span {
  const s = sentences.find((x) => x.start <= span.start && span.end <= x.end)
  if (s) return s
  const start = text.lastIndexOf('\n', span.start) + 1
  const nl = text.indexOf('\n', span.end)
  return { start, end: nl < 0 ? text.length : nl }
}

function contextOf(text: string, n: NumberMatch, sentence: Span): FigureContext {
  const before = text.slice(sentence.start, n.expr.start)
  let cut = before.length
  while (cut > 0 && !CLAUSE_BREAK.test(before[cut - 1] ?? '')) cut -= 1
  const after = text.slice(n.expr.end, sentence.end)
  const stop = after.search(CLAUSE_BREAK)
  return {
    unit: n.unit,
    head: before.slice(cut),
    tail: stop < 0 ? after : after.slice(0, stop),
    markers: n.markers,
    sizeClass: n.sizeClass,
  }
}

/** Turn one numeric expression into a figure draft: metric, horizon, area, quote. */
export function numberToDraft(
  text: string,
  n: NumberMatch,
  reportId: string,
  reportYear: number,
  ctx: AttributionContext,
): FigureDraft {
  const around = sentenceAround(text, n.expr, ctx.segments.sentences)
  // A quote never crosses into an override passage: its start is a page-layout seam.
  const seam = ctx.overrides.find((o) => o.start <= n.expr.start && n.expr.end <= o.end)
  const sentence = seam
    ? { start: Math.max(around.start, seam.start), end: Math.min(around.end, seam.end) }
    : around
  const block = ctx.segments.blocks.find((b) => b.start <= n.expr.start && n.expr.end <= b.end)
  const blockSpan = block ?? sentence
  const context = contextOf(text, n, sentence)
  const metric: Metric = classifyMetric(context)
  const category: Category = classifyCategory(context, text.slice(sentence.start, sentence.end))
  // Horizon: nearest marker in the sentence, else earlier in the block (到2026年,…;…突破1500亿元).
  const inSentence = horizonBefore(
    text.slice(sentence.start, n.expr.end),
    n.expr.start - sentence.start,
    reportYear,
  )
  const horizon =
    inSentence.kind !== 'unspecified'
      ? inSentence
      : horizonBefore(
          text.slice(blockSpan.start, n.expr.end),
          n.expr.start - blockSpan.start,
          reportYear,
        )
  const head = context.head
  const { areaId, scope, attribution, confidence } = spanToArea(n.expr, sentence, ctx)
  // A paragraph is about one area when an actor is named in it before the number (not the
  // venue of an event, not a project's site) or a speaker's header opens it.
  const aboutArea =
    attribution === 'header' ||
    ctx.mentions.some(
      (m) =>
        m.subject && !m.venue && !m.site && m.start >= blockSpan.start && m.end <= n.expr.start,
    )
  const words: KindContext = {
    metric,
    before: text.slice(sentence.start, n.expr.start),
    head,
    tail: context.tail,
    blockBefore: text.slice(blockSpan.start, sentence.start),
    scope,
    aboutArea,
  }
  return {
    reportId,
    areaId,
    metric,
    value: n.value,
    low: n.low,
    unit: n.unit,
    qualifier: {
      bound: n.bound,
      markers: n.markers,
      aspirational: /力争|争取|计划/.test(text.slice(sentence.start, n.expr.start)),
    },
    horizon,
    kind: classifyKind(words),
    moneyType: classifyMoneyType(words),
    countSet: classifyCountSet(words),
    start: sentence.start,
    end: sentence.end,
    quote: text.slice(sentence.start, sentence.end),
    numberStart: n.expr.start,
    numberEnd: n.expr.end,
    numberText: n.numberText,
    category,
    attribution,
    scope,
    confidence,
    context: { ...context, head },
    threshold: isThreshold(context),
    block: { start: blockSpan.start, end: blockSpan.end },
    breakdown: breakdownAt(text, n.expr, sentence, ctx.mentions),
  }
}
