import type { Attribution, Span } from '../types/pledge'
import type { Mention } from './mentions'
import type { OverrideSpan } from './overrides'
import type { Segments } from './segment'

/** Where a span sits in a report's structure, and what names and overrides surround it. */
export interface AttributionContext {
  segments: Segments
  mentions: Mention[]
  overrides: OverrideSpan[]
  defaultAreaId: string | null
}

/** Result of attributing a span. */
export interface AreaChoice {
  areaId: string | null
  attribution: Attribution
}

/**
 * Attribute a span to an area, first rule that applies: a reviewed override passage; the last
 * area named as a subject before it in its sentence; the first named after it in its sentence;
 * the first area named in its block, subjects first (a paragraph names its actor first:
 * 青岛开发区…攻坚王台老工业区…); the last named earlier in its section (header included); the
 * report's default area (青岛西海岸报 → 黄岛区).
 */
export function spanToArea(span: Span, sentence: Span, ctx: AttributionContext): AreaChoice {
  const o = ctx.overrides.find((x) => x.start <= span.start && span.end <= x.end)
  if (o) return { areaId: o.areaId, attribution: 'override' }
  const inSentence = ctx.mentions.filter(
    (m) => m.subject && m.start >= sentence.start && m.end <= span.start,
  )
  const lastBefore = inSentence[inSentence.length - 1]
  if (lastBefore) return { areaId: lastBefore.areaId, attribution: 'mentionBefore' }
  const after = ctx.mentions.find((m) => m.start >= span.end && m.end <= sentence.end)
  if (after) return { areaId: after.areaId, attribution: 'mentionAfter' }
  const block = ctx.segments.blocks.find((b) => b.start <= span.start && span.end <= b.end)
  const blockStart = block?.start ?? sentence.start
  const inBlock = ctx.mentions.filter((m) => m.start >= blockStart && m.end <= span.start)
  let first = inBlock.find((m) => m.subject) ?? inBlock[0]
  // 城阳区城阳街道: of adjacent names, the last is the most specific.
  for (let next = first && inBlock.find((m) => m.start === first?.end); next;) {
    first = next
    next = inBlock.find((m) => m.start === next?.end)
  }
  if (first) return { areaId: first.areaId, attribution: 'mentionBefore' }
  const section = ctx.segments.sections.find((s) => s.start <= span.start && span.start < s.end)
  if (section) {
    const inSection = ctx.mentions.filter((m) => m.start >= section.start && m.end <= blockStart)
    const last = inSection[inSection.length - 1]
    if (last) return { areaId: last.areaId, attribution: 'section' }
  }
  return { areaId: ctx.defaultAreaId, attribution: 'reportDefault' }
}
