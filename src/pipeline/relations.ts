import type { Figure, Span } from '../types/pledge'
import type { FigureDraft } from './extract'

/**
 * Relations between the figures of one report: amount ↔ count pairs, nesting (a year's part
 * inside a multi-year total, a larger size class inside a list), overlapping lists and repeats
 * of the same passage. Input figures are in text order.
 */
export type Linked = Figure & { draft: FigureDraft }

const PAIR_GAP = /^[^，,；;。！？]{0,12}$/
const COUNT_METRICS = new Set(['projectCount', 'taskCount'])
const LONG = new Set(['multiYear', 'byYear'])
const SHORT = new Set(['year', 'secondHalf'])
const SIZE_CLASS = /过(\d+|[百千])亿元项目$/

function sameSentence(a: Figure, b: Figure): boolean {
  return a.start === b.start && a.end === b.end
}

/**
 * Pair an investment with the adjacent count of its phrase (总投资930亿元的334个…), once the
 * bare items of enumerations have their metric (`inheritListMetrics`).
 */
export function pairFigures(text: string, figs: Linked[]): void {
  inheritListMetrics(text, figs)
  for (let i = 0; i + 1 < figs.length; i += 1) {
    const a = figs[i]
    const b = figs[i + 1]
    if (!a || !b || a.pairedWith || !sameSentence(a, b)) continue
    const kinds = [a.metric, b.metric]
    const isPair =
      kinds.includes('investment') &&
      kinds.some((k) => COUNT_METRICS.has(k)) &&
      !a.draft.threshold &&
      !b.draft.threshold
    if (isPair && PAIR_GAP.test(text.slice(a.numberEnd, b.numberStart))) {
      a.pairedWith = b.id
      b.pairedWith = a.id
    }
  }
}

/** 亿元 per unit of money, to compare a part with its total (8000万元 inside 5亿元). */
const YI: Readonly<Record<string, number>> = { 万亿元: 1e4, 亿元: 1, 万元: 1e-4, 元: 1e-8 }

/**
 * The sizes of a total and a part in a shared unit, or null when they measure different things.
 * A part that names only its place (其中市南区12个, 其中外资8000万元) has no metric of its own
 * (`other`): the unit decides.
 */
function comparable(f: Figure, other: Figure): [number, number] | null {
  if (f.metric !== other.metric && other.metric !== 'other') return null
  const a = YI[f.unit]
  const b = YI[other.unit]
  if (a !== undefined && b !== undefined) return [f.value * a, other.value * b]
  return f.unit === other.unit ? [f.value, other.value] : null
}

/**
 * 其中 breakdowns: each figure of a breakdown (其中市南区12个、市北区9个; 其中年内计划完成投资
 * 120亿元; 其中内资项目…、外资项目…) is nested in the last larger figure of the same measure
 * before the 其中 in its sentence — a part of that total, never added to it. A part with no
 * metric of its own takes its total's metric, money type and count set.
 */
export function nestBreakdowns(figs: Linked[]): void {
  figs.forEach((f, i) => {
    const part = f.draft.breakdown
    if (!part || f.nestedIn) return
    const total = figs
      .slice(0, i)
      .reverse()
      .find((p) => {
        // 其中 opening a sentence breaks down the sentence just before it (…总投资210亿元。其中，…).
        const before = part.start === f.start && p.end <= f.start && f.start - p.end <= 2
        if (!(sameSentence(p, f) || before) || p.numberEnd > part.start) return false
        const sizes = comparable(p, f)
        return sizes !== null && sizes[0] > sizes[1]
      })
    if (!total) return
    f.nestedIn = total.id
    // 其中市南区12个 counts what its total counts (86 signed projects): the part says so by ellipsis.
    // A size class (其中过10亿元项目18个) is never an amount of the total: it stays a threshold.
    if (f.metric === 'other' && !f.draft.threshold) {
      f.metric = total.metric
      f.moneyType = total.moneyType
      f.countSet = total.countSet
    }
  })
}

/** Only a list join between two numbers: 12个、9个和15个. */
const LIST_GAP = /^\s*(?:、|和|及|与)\s*$/

/**
 * Items of an enumeration that give only a number (新开工项目12个、9个、15个; 完成投资36亿元、
 * 21亿元) measure what the first item measures: they take its metric, money type and count set.
 */
export function inheritListMetrics(text: string, figs: Linked[]): void {
  for (let i = 1; i < figs.length; i += 1) {
    const prev = figs[i - 1]
    const f = figs[i]
    if (!prev || !f || f.metric !== 'other' || prev.metric === 'other' || f.draft.threshold)
      continue
    if (!sameSentence(prev, f) || prev.unit !== f.unit) continue
    if (!LIST_GAP.test(text.slice(prev.numberEnd, f.numberStart))) continue
    f.metric = prev.metric
    f.moneyType = prev.moneyType
    f.countSet = prev.countSet
  }
}

/**
 * Nest the parts of a 其中 breakdown in their total (`nestBreakdowns`), then a year's figure in
 * the multi-year total just before it; its count follows.
 */
export function nestFigures(figs: Linked[]): void {
  nestBreakdowns(figs)
  const byId = new Map(figs.map((f) => [f.id, f]))
  figs.forEach((f, i) => {
    if (f.nestedIn || f.metric !== 'investment' || !SHORT.has(f.horizon.kind)) return
    const parent = figs
      .slice(0, i)
      .reverse()
      .find(
        (p) =>
          p.metric === 'investment' &&
          p.areaId === f.areaId &&
          p.draft.block.start === f.draft.block.start &&
          LONG.has(p.horizon.kind) &&
          p.value > f.value &&
          f.numberStart - p.numberEnd <= 80,
      )
    if (!parent) return
    f.nestedIn = parent.id
    const count = f.pairedWith ? byId.get(f.pairedWith) : undefined
    const parentCount = parent.pairedWith ? byId.get(parent.pairedWith) : undefined
    if (count && !count.nestedIn)
      count.nestedIn = parentCount?.metric === count.metric ? parentCount.id : parent.id
  })
  // A count of a larger size class (过百亿元项目两个) is part of the list before it (83个过亿元项目).
  figs.forEach((f, i) => {
    if (f.metric !== 'projectCount' || !SIZE_CLASS.test(f.draft.context.head)) return
    const parent = figs
      .slice(0, i)
      .reverse()
      .find((p) => p.metric === 'projectCount' && sameSentence(p, f) && p.value > f.value)
    if (parent) f.nestedIn = parent.id
  })
}

/** Unpaired project lists of one sentence (189个…、143个…、125个…) overlap: group them. */
export function groupOverlaps(figs: Linked[]): void {
  const lists = figs.filter((f) => f.metric === 'projectCount' && !f.pairedWith && !f.nestedIn)
  for (const f of lists) {
    const group = lists.filter((g) => sameSentence(g, f) && g.areaId === f.areaId)
    if (group.length > 1) f.overlapGroup = group[0]?.id ?? null
  }
}

/** A figure printed twice (same words around it) is a repeat of its first printing. */
export function markRepeats(text: string, figs: Linked[]): void {
  // The words around the number within its own line: a reprint may continue differently.
  const key = (f: Figure): string => {
    const lineStart = text.lastIndexOf('\n', f.numberStart) + 1
    const nl = text.indexOf('\n', f.numberEnd)
    const lineEnd = nl < 0 ? text.length : nl
    return text.slice(Math.max(lineStart, f.numberStart - 12), Math.min(lineEnd, f.numberEnd + 12))
  }
  const first = new Map<string, string>()
  for (const f of figs) {
    const k = key(f)
    const earlier = first.get(k)
    if (earlier) f.duplicateOf = earlier
    else first.set(k, f.id)
  }
}

/** A pledge restated in a later report (same area, metric, value, unit and noun) counts once. */
export function markRestatements(figs: Linked[], reportOrder: readonly string[]): void {
  const rank = (f: Figure): number => reportOrder.indexOf(f.reportId)
  for (const f of figs) {
    if (f.duplicateOf || f.areaId === null) continue
    const noun = f.draft.context.tail.slice(0, 3)
    const earlier = figs.find(
      (e) =>
        rank(e) < rank(f) &&
        !e.duplicateOf &&
        e.areaId === f.areaId &&
        e.metric === f.metric &&
        e.value === f.value &&
        e.unit === f.unit &&
        e.draft.context.tail.slice(0, 3) === noun,
    )
    if (earlier) f.duplicateOf = earlier.id
  }
}

/** A nested figure is about what its parent is about (今年736亿元 of 930亿元 城市更新). */
export function inheritCategories(figs: Linked[]): void {
  const byId = new Map(figs.map((f) => [f.id, f]))
  for (const f of figs) {
    const parent = f.nestedIn ? byId.get(f.nestedIn) : undefined
    if (parent && parent.category !== 'threshold') f.category = parent.category
  }
}

/**
 * Mark the portfolios of a reviewed passage (and their project counts) as disjoint parts of one
 * whole: the only figures a headline may add. Each area's parts form one group, named by its
 * first part; a passage with fewer than two portfolios of an area adds nothing.
 */
export function groupDisjointParts(figs: Linked[], passages: readonly Span[]): void {
  const byId = new Map(figs.map((f) => [f.id, f]))
  for (const p of passages) {
    const inside = figs.filter(
      (f) =>
        p.start <= f.numberStart &&
        f.numberEnd <= p.end &&
        f.metric === 'investment' &&
        f.moneyType === 'portfolio' &&
        !f.nestedIn &&
        !f.duplicateOf,
    )
    for (const areaId of new Set(inside.map((f) => f.areaId))) {
      const parts = inside.filter((f) => f.areaId === areaId)
      if (parts.length < 2) continue
      const counts = parts.map((f) => (f.pairedWith ? byId.get(f.pairedWith) : undefined))
      for (const f of parts) f.sumGroup = parts[0]!.id
      if (counts.every((c) => c?.metric === 'projectCount')) {
        for (const c of counts) c!.sumGroup = counts[0]!.id
      }
    }
  }
}
