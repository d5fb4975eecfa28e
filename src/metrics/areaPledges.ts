import type { AreaHeadlines, Category, Figure, FigureKind, Horizon, Report } from '../types/pledge'

/**
 * What an area's panel lists, from the figures of the area: the headline pledge first, then the
 * other pledges grouped by theme and period, each printed once. Reprints (a page layout that
 * prints a passage twice, a later report restating a pledge) are folded into the figure they
 * repeat; an amount and the count of the same phrase (总投资930亿元的334个项目) are one item; a
 * part (今年736亿元 inside 未来三年930亿元) sits under its whole. Numbers that are not pledges a
 * reader can weigh — size classes, counting words, fragments cut by the page layout — are set
 * aside with a reason, never dropped: the panel shows them behind "how this was counted".
 */

/** One pledge as the panel lists it. */
export interface PledgeItem {
  figure: Figure
  /** The amount ↔ count of the same phrase, listed with it. */
  paired: Figure | null
  /** Reprints and restatements of this figure (or of its pair), folded into it. */
  repeats: Figure[]
  /** Parts of this figure (今年736亿元 inside 930亿元), each an item of its own. */
  parts: PledgeItem[]
}

/** Pledges of one theme and one period (or achievements / context of one theme and period). */
export interface PledgeGroup {
  /** Stable key: kind, category and period. */
  key: string
  kind: FigureKind
  category: Category
  horizon: Horizon
  /** The date of the first figure's report, for "no period stated (report of May 2022)". */
  reportDate: string
  items: PledgeItem[]
}

/** Why a figure is not in the list of pledges. */
export type SetAsideReason = 'sizeClass' | 'countingWord' | 'fragment' | 'otherNotPledge'

export interface SetAside {
  figure: Figure
  reason: SetAsideReason
  repeats: Figure[]
}

export interface AreaPledges {
  /** The figures the headlines state (investment first, then projects). */
  headline: PledgeItem[]
  groups: PledgeGroup[]
  setAside: SetAside[]
  /** How many figures went in: every one is in exactly one place above. */
  total: number
}

/** Themes in the order the panel lists them: building and business before the rest. */
const CATEGORY_ORDER: readonly Category[] = [
  'urbanRenewal',
  'industry',
  'infrastructure',
  'economy',
  'livelihood',
  'talent',
  'culture',
  'general',
  'threshold',
]
const KIND_ORDER: readonly FigureKind[] = ['pledge', 'achievement', 'context']

/** Chinese numerals of an enumeration's count: 三大突破、六个提升、七条产业链. */
const COUNTING_NUMERAL = /^[一二两三四五六七八九十]$/
/** Words that may stand before a number without naming what it counts. */
const BARE_HEAD = /^[\s达到突破超过约过了为共计累计新增将力争争取实现完成]*$/

/**
 * Why a figure is not a pledge a reader can weigh, or null when it is one. The rules are about
 * language, not one report: a size class (千亿级) is a threshold things are measured against; a
 * lone Chinese numeral counting an enumerated list of metric `other` (六个提升) names the items
 * of a slogan; a sentence that begins at its number (达到13家。) lost its subject to the page
 * layout; a number of metric `other` that is no pledge says nothing the panel can name.
 */
export function setAsideReason(f: Figure): SetAsideReason | null {
  if (f.category === 'threshold') return 'sizeClass'
  if (f.metric === 'other' && COUNTING_NUMERAL.test(f.numberText)) return 'countingWord'
  if (BARE_HEAD.test(f.quote.slice(0, f.numberStart - f.start))) return 'fragment'
  if (f.metric === 'other' && f.kind !== 'pledge') return 'otherNotPledge'
  return null
}

/**
 * The first printing a figure repeats: its `duplicateOf` chain, else the figure at the same
 * place of the passage a repeated passage of its report reprints. Null for a first printing.
 */
function firstPrinting(
  f: Figure,
  byId: ReadonlyMap<string, Figure>,
  reports: ReadonlyMap<string, Report>,
  byReportStart: ReadonlyMap<string, Figure>,
): Figure | null {
  let root: Figure | null = null
  for (let d = f.duplicateOf, guard = 0; d !== null && guard < 10; guard++) {
    const next = byId.get(d)
    if (!next) break
    root = next
    d = next.duplicateOf
  }
  if (root) return root
  const passage = reports
    .get(f.reportId)
    ?.repeatedPassages.find((p) => f.start >= p.start && f.end <= p.end)
  if (!passage) return null
  const start = passage.firstStart + (f.start - passage.start)
  const first = byReportStart.get(`${f.reportId}:${start}:${f.numberText}`)
  return first && first.id !== f.id ? first : null
}

const periodKey = (h: Horizon) => `${h.kind}:${h.startYear ?? ''}:${h.endYear ?? ''}`
const byText = (a: Figure, b: Figure) =>
  a.reportId.localeCompare(b.reportId) || a.numberStart - b.numberStart

/**
 * The panel's list of an area's figures (see the module comment). `figures` are the area's
 * figures as filtered; `headlines` its headlines, whose figures lead the list.
 */
export function areaPledges(
  figures: readonly Figure[],
  reports: readonly Report[],
  headlines: AreaHeadlines | undefined,
): AreaPledges {
  const byId = new Map(figures.map((f) => [f.id, f]))
  const reportsById = new Map(reports.map((r) => [r.id, r]))
  const byReportStart = new Map(figures.map((f) => [`${f.reportId}:${f.start}:${f.numberText}`, f]))
  const sorted = [...figures].sort(byText)

  // Fold reprints into their first printing (when that is among the figures shown).
  const repeats = new Map<string, Figure[]>()
  const leads: Figure[] = []
  for (const f of sorted) {
    const root = firstPrinting(f, byId, reportsById, byReportStart)
    if (root) repeats.set(root.id, [...(repeats.get(root.id) ?? []), f])
    else leads.push(f)
  }

  const setAside: SetAside[] = []
  const listed: Figure[] = []
  for (const f of leads) {
    const reason = setAsideReason(f)
    if (reason) setAside.push({ figure: f, reason, repeats: repeats.get(f.id) ?? [] })
    else listed.push(f)
  }
  const listedIds = new Set(listed.map((f) => f.id))

  // A pair is one item, led by its amount; a part goes under its whole when that is listed.
  const leadOf = (f: Figure): Figure => {
    const pair = f.pairedWith === null ? undefined : byId.get(f.pairedWith)
    return pair && listedIds.has(pair.id) && pair.metric === 'investment' ? pair : f
  }
  const wholeOf = (f: Figure): Figure | null => {
    const whole = f.nestedIn === null ? undefined : byId.get(f.nestedIn)
    return whole && listedIds.has(whole.id) ? leadOf(whole) : null
  }
  const items = new Map<string, PledgeItem>()
  for (const f of listed) {
    const lead = leadOf(f)
    if (lead !== f) continue
    const paired = f.pairedWith === null ? null : (byId.get(f.pairedWith) ?? null)
    const pair = paired && listedIds.has(paired.id) ? paired : null
    items.set(f.id, {
      figure: f,
      paired: pair,
      repeats: [...(repeats.get(f.id) ?? []), ...(pair ? (repeats.get(pair.id) ?? []) : [])],
      parts: [],
    })
  }
  const top: PledgeItem[] = []
  for (const item of items.values()) {
    const whole = wholeOf(item.figure) ?? (item.paired ? wholeOf(item.paired) : null)
    const parent = whole ? items.get(whole.id) : undefined
    if (parent && parent !== item) parent.parts.push(item)
    else top.push(item)
  }

  // The headline's figures lead, in the order of the headline cards.
  const headlineIds = [
    ...(headlines?.investment?.figureIds ?? []),
    ...(headlines?.projects?.figureIds ?? []),
  ]
  const contains = (item: PledgeItem, id: string): boolean =>
    item.figure.id === id || item.paired?.id === id || item.repeats.some((r) => r.id === id)
  const headline = top.filter((item) => headlineIds.some((id) => contains(item, id)))
  headline.sort(
    (a, b) =>
      headlineIds.findIndex((id) => contains(a, id)) -
      headlineIds.findIndex((id) => contains(b, id)),
  )

  const groups = new Map<string, PledgeGroup>()
  for (const item of top) {
    if (headline.includes(item)) continue
    const f = item.figure
    const key = `${f.kind}|${f.category}|${periodKey(f.horizon)}`
    const group = groups.get(key) ?? {
      key,
      kind: f.kind,
      category: f.category,
      horizon: f.horizon,
      reportDate: reportsById.get(f.reportId)?.date ?? '',
      items: [],
    }
    group.items.push(item)
    groups.set(key, group)
  }
  const order = (g: PledgeGroup) => [
    KIND_ORDER.indexOf(g.kind),
    CATEGORY_ORDER.indexOf(g.category),
    g.horizon.kind === 'unspecified' ? 1 : 0,
    g.horizon.endYear ?? 0,
    g.horizon.startYear ?? 0,
  ]
  const compare = (a: PledgeGroup, b: PledgeGroup) => {
    const x = order(a)
    const y = order(b)
    return x.reduce((d, v, i) => d || v - y[i]!, 0)
  }
  return {
    headline,
    groups: [...groups.values()].sort(compare),
    setAside,
    total: figures.length,
  }
}

/** Every figure id an item stands for (its own, its pair's, its reprints', its parts'). */
export function itemFigureIds(item: PledgeItem): string[] {
  return [
    item.figure.id,
    ...(item.paired ? [item.paired.id] : []),
    ...item.repeats.map((r) => r.id),
    ...item.parts.flatMap(itemFigureIds),
  ]
}

/** The numbers "how this was counted" states: figures listed, reprints folded, set aside. */
export function pledgeCounts(p: AreaPledges): { listed: number; folded: number; aside: number } {
  const items = [...p.headline, ...p.groups.flatMap((g) => g.items)]
  const folded = (i: PledgeItem): number =>
    i.repeats.length + i.parts.reduce((n, part) => n + folded(part), 0)
  const asideFigures = p.setAside.reduce((n, s) => n + 1 + s.repeats.length, 0)
  return {
    listed: p.total - asideFigures,
    folded: items.reduce((n, i) => n + folded(i), 0),
    aside: p.setAside.length,
  }
}
