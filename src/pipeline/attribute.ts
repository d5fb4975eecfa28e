import type { Attribution, Confidence, Scope, Span } from '../types/pledge'
import type { FrameMention } from './frames'
import type { Mention } from './mentions'
import type { OverrideSpan } from './overrides'
import type { Segments } from './segment'

/** Where a span sits in a report's structure, and what names and overrides surround it. */
export interface AttributionContext {
  /** The report's text, which the offsets of everything else index. */
  text: string
  segments: Segments
  mentions: Mention[]
  /** The city, province and nation named in the text (全市, 我市, 全省 …). */
  frames: FrameMention[]
  overrides: OverrideSpan[]
  defaultAreaId: string | null
}

/** Result of attributing a span: whose figure it is, by which rule, and how sure that is. */
export interface AreaChoice {
  /** Null for a city, province or nation figure, and when no rule found an area. */
  areaId: string | null
  scope: Scope
  attribution: Attribution
  confidence: Confidence
}

/**
 * How sure each rule is: a name in the sentence is sure; 全区/该区, a name after the number, the
 * paragraph's actor or a speaker line's area less so; an unlisted street's district, an event's
 * venue, a name carried over from an earlier paragraph or the report's default is a guess that
 * the review must settle.
 */
export const RULE_CONFIDENCE: Readonly<Record<Attribution, Confidence>> = {
  override: 'high',
  respectively: 'high',
  mentionBefore: 'high',
  breakdown: 'high',
  anaphor: 'medium',
  mentionAfter: 'medium',
  block: 'medium',
  header: 'medium',
  section: 'medium',
  unlisted: 'low',
  venue: 'low',
  carryOver: 'low',
  reportDefault: 'low',
}

/** Someone a figure may belong to: an area of the registry or a wider frame. */
interface Actor extends Span {
  areaId: string | null
  scope: Scope
  subject: boolean
  /** The rule an actor that is not a registry name brings: 全区/该区, an unlisted street. */
  rule?: 'anaphor' | 'unlisted'
}

const CLAUSE_BREAK = /[，,；;。！？：:]/
/** Joins of a list of places before 分别 (崂山区、李沧区和城阳区分别…). */
const LIST_JOIN = /^(?:、|和|及|与|以及|同)$/
/** Numbers with their unit after 分别, to match amounts to places by position. */
const LISTED_NUMBER =
  /\d+(?:\.\d+)?(?:[-—~～至]\d+(?:\.\d+)?)?\s*[多余]?\s*(万亿元|亿元|万元|元|万平方米|平方米|万家|家|个|项|条|件|所|%|万人|人|年)?/g
/** Labels of parts that continue a breakdown after a comma (其中内资项目…，外资项目…). */
const PART_LABEL = /^(?:内资|外资|市外|省外|境外|国内|国外|民间|产业|基础设施|社会民生)/
/**
 * 全区, 该区, 本区, 我区, 区发展改革局 … name the district the text is about again: its figures are
 * that district's (明年，全区计划…), never a place named after them.
 */
const ANAPHOR =
  /(?<=^|[。！？；;，,：:\n“]|[今明去]年|年内|全年)(?:全区|该区|本区|我区|新区|区(?=[\u4e00-\u9fa5]{1,6}?(?:局|委|政府|办)))/g
/**
 * A street or town named as a subject but absent from the registry (…，流亭街道计划新开工…):
 * its figures are its own, so no other place's; the district last named is only a guess.
 */
const UNLISTED_PLACE =
  /(?<=^|[。！？；;，,：:\n])[\u4e00-\u9fa5]{2,4}?(?:街道|镇)(?=[^，,。；;]*?\d)/g
/** Verbs and particles that make …街道 a phrase (推进街道改造, 各街道), not a name. */
const NOT_A_NAME = /[推建设实施造提升改为是把将的带等在和与及各全该本每个级]/

function choose(
  who: { areaId: string | null; scope: Scope },
  attribution: Attribution,
): AreaChoice {
  return {
    areaId: who.areaId,
    scope: who.scope,
    attribution,
    confidence: RULE_CONFIDENCE[attribution],
  }
}

function areaActor(m: Mention): Actor {
  return { start: m.start, end: m.end, areaId: m.areaId, scope: 'area', subject: m.subject }
}

function frameActor(f: FrameMention): Actor {
  return { start: f.start, end: f.end, areaId: null, scope: f.scope, subject: f.subject }
}

const inside = (x: Span, outer: Span): boolean => outer.start <= x.start && x.end <= outer.end

/**
 * The breakdowns of a sentence: from a clause-initial 其中 to the end of its list — its own
 * clause, and the clauses after it that start with a place or a part label (其中崂山区12个，
 * 李沧区9个). A place named inside a breakdown is the subject of its part only.
 */
export function sentenceToBreakdowns(
  text: string,
  sentence: Span,
  mentions: readonly Mention[],
): Span[] {
  const out: Span[] = []
  const body = text.slice(sentence.start, sentence.end)
  // 其中 opens a breakdown at a clause start, or at the sentence start for the sentence before.
  for (const m of body.matchAll(/(?<=^|[，,；;：:])其中[，,]?/g)) {
    const start = sentence.start + m.index
    let end = start + m[0].length
    for (;;) {
      const rest = text.slice(end, sentence.end)
      const stop = rest.search(CLAUSE_BREAK)
      end = stop < 0 ? sentence.end : end + stop
      const next = end + 1
      const continues =
        end < sentence.end &&
        /[，,]/.test(text[end] ?? '') &&
        (mentions.some((x) => x.start === next) || PART_LABEL.test(text.slice(next, next + 4)))
      if (!continues) break
      end = next
    }
    out.push({ start, end })
  }
  return out
}

/** The breakdown holding a span, if any (其中…12个). */
export function breakdownAt(
  text: string,
  span: Span,
  sentence: Span,
  mentions: readonly Mention[],
): Span | null {
  return sentenceToBreakdowns(text, sentence, mentions).find((b) => inside(span, b)) ?? null
}

/** Unit of a listed number, money units as one (120亿元、8500万元 are one list). */
function unitClass(unit: string | undefined): string {
  return unit !== undefined && /元$/.test(unit) ? '元' : (unit ?? '')
}

/**
 * 崂山区、李沧区、城阳区分别完成投资120亿元、85亿元和60亿元: the places listed before a 分别 of
 * the sentence take the numbers after that 分别 of one unit by position (a later 分别 without
 * its own list repeats the first: …分别新开工项目12个、9个，分别完成投资36亿元、21亿元). When
 * the counts of places and numbers differ, the figure has no area: a guess is worse than none.
 */
function respectively(
  text: string,
  span: Span,
  sentence: Span,
  areas: readonly Mention[],
): AreaChoice | null {
  for (let at = text.lastIndexOf('分别', span.start); at >= sentence.start;) {
    const list = listBefore(text, at, sentence, areas)
    if (list) return byPosition(text, span, at, sentence, list)
    at = at > 0 ? text.lastIndexOf('分别', at - 1) : -1
  }
  return null
}

/** The places, two or more joined by 、/和/及, named last before `at` in its sentence. */
function listBefore(
  text: string,
  at: number,
  sentence: Span,
  areas: readonly Mention[],
): Mention[] | null {
  const before = areas.filter((m) => m.start >= sentence.start && m.end <= at)
  const last = before[before.length - 1]
  if (!last) return null
  const list: Mention[] = [last]
  for (let k = before.length - 2; k >= 0; k -= 1) {
    const prev = before[k]
    const head = list[0]
    if (!prev || !head) break
    const gap = text.slice(prev.end, head.start)
    // 城阳区城阳街道: of adjacent names the later, more specific one is the item.
    if (gap === '') continue
    if (!LIST_JOIN.test(gap)) break
    list.unshift(prev)
  }
  return list.length >= 2 ? list : null
}

function byPosition(
  text: string,
  span: Span,
  at: number,
  sentence: Span,
  list: readonly Mention[],
): AreaChoice | null {
  const numbers = [...text.slice(at, sentence.end).matchAll(LISTED_NUMBER)].map((m) => ({
    start: at + m.index,
    unit: unitClass(m[1]),
  }))
  const own = numbers.find((n) => span.start <= n.start && n.start < span.end)
  if (!own) return null
  const same = numbers.filter((n) => n.unit === own.unit)
  const place = same.length === list.length ? list[same.indexOf(own)] : undefined
  if (!place) {
    return { ...choose({ areaId: null, scope: 'area' }, 'respectively'), confidence: 'low' }
  }
  return choose({ areaId: place.areaId, scope: 'area' }, 'respectively')
}

/**
 * The district that 全区/该区 at `at` names again: that of the last place named before it; 新区
 * is the last …新区 named (西海岸新区), and nothing when none was.
 */
function anaphorActor(at: Span, areas: readonly Mention[], ctx: AttributionContext): Actor | null {
  const newArea = ctx.text.slice(at.start, at.end) === '新区'
  const named = areas.filter(
    (m) =>
      m.end <= at.start && !m.site && (!newArea || ctx.text.slice(m.start, m.end).endsWith('新区')),
  )
  const last = named[named.length - 1]
  if (newArea && !last) return null
  const areaId = last?.districtId ?? ctx.defaultAreaId
  return { ...at, areaId, scope: 'area', subject: true, rule: 'anaphor' }
}

/** Unlisted streets and towns named as subjects before `end` in a sentence, as guesses. */
function unlistedActors(
  ctx: AttributionContext,
  sentence: Span,
  end: number,
  areas: readonly Mention[],
): Actor[] {
  const body = ctx.text.slice(sentence.start, sentence.end)
  const out: Actor[] = []
  for (const m of body.matchAll(UNLISTED_PLACE)) {
    const start = sentence.start + m.index
    const stop = start + m[0].length
    if (stop > end || NOT_A_NAME.test(m[0].replace(/(?:街道|镇)$/, ''))) continue
    if (ctx.mentions.some((x) => x.start < stop && start < x.end)) continue
    const named = areas.filter((x) => x.end <= start && !x.site)
    const areaId = named[named.length - 1]?.districtId ?? ctx.defaultAreaId
    out.push({ start, end: stop, areaId, scope: 'area', subject: true, rule: 'unlisted' })
  }
  return out
}

/**
 * The actor of a span in its own sentence: the last subject named before it (a place, 全区/该区,
 * or a wider frame), or a strong frame word of its clause (落实全市1000个重点项目) unless a place
 * follows it there (全市重点项目中崂山区有50个).
 */
function sentenceActor(
  ctx: AttributionContext,
  span: Span,
  sentence: Span,
  areas: readonly Mention[],
): Actor | null {
  let clauseStart = span.start
  while (clauseStart > sentence.start && !CLAUSE_BREAK.test(ctx.text[clauseStart - 1] ?? '')) {
    clauseStart -= 1
  }
  const before = (x: Span) => x.start >= sentence.start && x.end <= span.start
  const body = ctx.text.slice(sentence.start, span.start)
  const anaphors = [...body.matchAll(ANAPHOR)].flatMap((m) => {
    const start = sentence.start + m.index
    return anaphorActor({ start, end: start + m[0].length }, areas, ctx) ?? []
  })
  const candidates: Actor[] = [
    ...areas.filter((m) => m.subject && before(m)).map(areaActor),
    ...anaphors,
    ...unlistedActors(ctx, sentence, span.start, areas),
    ...ctx.frames
      .filter((f) => before(f) && (f.subject || (f.strong && f.start >= clauseStart)))
      .map(frameActor),
  ].sort((a, b) => a.start - b.start)
  const last = candidates[candidates.length - 1]
  if (last && last.scope !== 'area' && last.start >= clauseStart) {
    const place = areas.find((m) => m.start >= last.end && m.end <= span.start)
    if (place) return areaActor(place)
  }
  return last ?? null
}

/** Breakdowns of every sentence of a report, computed once per context. */
const BREAKDOWNS = new WeakMap<AttributionContext, Span[]>()

function breakdownsOf(ctx: AttributionContext): Span[] {
  let all = BREAKDOWNS.get(ctx)
  if (!all) {
    all = ctx.segments.sentences.flatMap((s) => sentenceToBreakdowns(ctx.text, s, ctx.mentions))
    BREAKDOWNS.set(ctx, all)
  }
  return all
}

/** The first actor of a block: its first place as a subject, else a frame, else any place. */
function blockActor(inBlock: readonly Actor[]): Actor | undefined {
  // A paragraph names its actor first; a city frame opening it (当前，青岛市正在开展…) is the
  // backdrop of a district's paragraph, its actor only when no place is named.
  let first =
    inBlock.find((m) => m.subject && m.scope === 'area') ??
    inBlock.find((m) => m.subject) ??
    inBlock.find((m) => m.scope === 'area')
  // 城阳区城阳街道: of adjacent names, the last is the most specific.
  for (let next = first && inBlock.find((m) => m.start === first?.end); next;) {
    first = next
    next = inBlock.find((m) => m.start === next?.end)
  }
  return first
}

/**
 * Attribute a span, first rule that applies:
 * 1. a reviewed override passage;
 * 2. a 分别 list (places before 分别, numbers after it, by position);
 * 3. in its sentence, the last subject named before it — a place (`mentionBefore`; inside a 其中
 *    breakdown, `breakdown`), 全区/该区 naming the district again (`anaphor`), a street not in
 *    the registry (`unlisted`: the district named last, a guess), or the city, province or
 *    nation (全市共有…, 我市今年…, 落实全市1000个…), which makes it a frame figure with no area;
 * 4. the first place named after it in its sentence;
 * 5. the first subject of its block (a paragraph names its actor first), or else its first
 *    place; of adjacent names (城阳区城阳街道) the last, most specific (`block`, or
 *    `mentionBefore` when that name is in the sentence);
 * 6. an event's venue in its sentence or block (在崂山区召开的…会上), only as a guess;
 * 7. the last name earlier in its section: under a speaker line or zone header (省党代表、崂山区委
 *    书记张元升:, 海洋高新区>>) the section is that area's (`header`); elsewhere a name from an
 *    earlier paragraph is carried over only as a guess (`carryOver`);
 * 8. the report's default area (青岛西海岸报 → 黄岛区), a guess too.
 * A venue (仪式在西海岸新区举行) is no actor in rules 2–5 and 7; a project's site (落户城阳区)
 * is one in its own sentence only; a place inside a breakdown is the subject of its part only.
 */
export function spanToArea(span: Span, sentence: Span, ctx: AttributionContext): AreaChoice {
  const o = ctx.overrides.find((x) => x.start <= span.start && span.end <= x.end)
  if (o) return choose({ areaId: o.areaId, scope: 'area' }, 'override')
  const block = ctx.segments.blocks.find((b) => b.start <= span.start && span.end <= b.end)
  const blockSpan = block ?? sentence
  const breakdowns = [
    ...breakdownsOf(ctx),
    ...sentenceToBreakdowns(ctx.text, sentence, ctx.mentions),
  ]
  const own = breakdowns.find((b) => inside(span, b))
  const actors = ctx.mentions.filter(
    (m) => !m.venue && breakdowns.every((b) => (own && inside(b, own)) || !inside(m, b)),
  )
  const inSentence = actors.filter((m) => !m.site || inside(m, sentence))
  const listed = respectively(ctx.text, span, sentence, inSentence)
  if (listed) return listed
  const actor = sentenceActor(ctx, span, sentence, inSentence)
  if (actor) {
    const rule = actor.rule ?? (own && inside(actor, own) ? 'breakdown' : 'mentionBefore')
    return choose(actor, rule)
  }
  const after = inSentence.find((m) => m.start >= span.end && m.end <= sentence.end)
  if (after) return choose(areaActor(after), 'mentionAfter')
  // Beyond the sentence a site names where a project is, not who acts.
  const carried = actors.filter((m) => !m.site)
  const inBlock: Actor[] = [
    ...carried.filter((m) => m.start >= blockSpan.start && m.end <= span.start).map(areaActor),
    ...ctx.frames
      .filter((f) => f.subject && f.start >= blockSpan.start && f.end <= span.start)
      .map(frameActor),
  ].sort((a, b) => a.start - b.start)
  const first = blockActor(inBlock)
  if (first) return choose(first, first.start >= sentence.start ? 'mentionBefore' : 'block')
  const venue =
    ctx.mentions.find((m) => m.venue && inside(m, sentence)) ??
    ctx.mentions.find((m) => m.venue && m.start >= blockSpan.start && m.end <= span.start)
  if (venue) return choose(areaActor(venue), 'venue')
  const section = ctx.segments.sections.find((s) => s.start <= span.start && span.start < s.end)
  if (section) {
    const earlier = (x: Span) => x.start >= section.start && x.end <= blockSpan.start
    const inSection: Actor[] = [
      ...carried.filter(earlier).map(areaActor),
      ...ctx.frames.filter((f) => f.subject && earlier(f)).map(frameActor),
    ].sort((a, b) => a.start - b.start)
    const last = inSection[inSection.length - 1]
    const byHeader = section.kind === 'speaker' || section.kind === 'zoneHeader'
    if (last) return choose(last, byHeader ? 'header' : 'carryOver')
  }
  return choose({ areaId: ctx.defaultAreaId, scope: 'area' }, 'reportDefault')
}
