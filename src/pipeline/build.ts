import type { Area, PledgeData } from '../types/pledge'
import {
  applyDecisions,
  decisionsToDisjointParts,
  decisionsToOverrides,
  NO_DECISIONS,
  type ReportDecisions,
} from './decisions'
import { disjointPartsToSpans, type AttributionOverride, type DisjointParts } from './overrides'
import { reportToExtract, extractToCommitments } from './report'
import type { ReportMeta } from './report-meta'
import {
  groupDisjointParts,
  groupOverlaps,
  inheritCategories,
  markRepeats,
  markRestatements,
  nestFigures,
  pairFigures,
  type Linked,
} from './relations'

/** One report's metadata, its text and its decisions file as read from `public/reports/`. */
export interface ReportInput {
  meta: ReportMeta
  text: string
  /** `<NNN_hash>.decisions.json` beside the text; none when the report needs no decision. */
  decisions?: ReportDecisions
}

/** Extract one report, with its reviewed decisions applied before figures are linked. */
function inputToExtract(
  i: ReportInput,
  areas: readonly Area[],
  overrides: readonly AttributionOverride[],
  disjointParts: readonly DisjointParts[],
) {
  const id = i.meta.id
  const d = i.decisions ?? NO_DECISIONS
  const raw = reportToExtract(i.meta, i.text, areas, [...overrides, ...decisionsToOverrides(id, d)])
  const decided = applyDecisions(id, i.text, raw.drafts, raw.problems, d)
  return {
    input: i,
    x: { ...raw, drafts: decided.drafts, problems: decided.problems },
    parts: disjointPartsToSpans(id, i.text, [...disjointParts, ...decisionsToDisjointParts(id, d)]),
  }
}

/**
 * The whole pipeline, pure: report texts → figures, commitments and problems. Figure ids are
 * `<reportId>-f<NNN>` in text order, so they stay stable while the texts do (and their
 * decisions). Passage decisions of each report's decisions file join `overrides` and
 * `disjointParts` (kept as parameters for callers that pass them directly).
 */
export function reportsToPledges(
  inputs: readonly ReportInput[],
  areas: readonly Area[],
  overrides: readonly AttributionOverride[] = [],
  disjointParts: readonly DisjointParts[] = [],
): PledgeData {
  const extracts = inputs.map((i) => inputToExtract(i, areas, overrides, disjointParts))
  const all: Linked[] = []
  for (const { input, x, parts } of extracts) {
    const figs: Linked[] = x.drafts.map((d, n) => ({
      ...d,
      id: `${x.report.id}-f${String(n + 1).padStart(3, '0')}`,
      pairedWith: null,
      nestedIn: null,
      duplicateOf: null,
      overlapGroup: null,
      sumGroup: null,
      draft: d,
    }))
    pairFigures(input.text, figs)
    nestFigures(figs)
    inheritCategories(figs)
    groupOverlaps(figs)
    markRepeats(input.text, figs)
    groupDisjointParts(figs, parts.spans)
    all.push(...figs)
  }
  const byDate = [...extracts]
    .sort((a, b) => a.x.report.date.localeCompare(b.x.report.date))
    .map((e) => e.x.report.id)
  markRestatements(all, byDate)
  const figures = all.map(toFigure)
  const commitments = extracts.flatMap(({ input, x }) =>
    extractToCommitments(
      x,
      input.text,
      figures.filter((f) => f.reportId === x.report.id),
    ),
  )
  return {
    reports: extracts.map((e) => e.x.report),
    areas: [...areas],
    figures,
    commitments,
    problems: extracts.flatMap((e) => [...e.x.problems, ...e.parts.problems]),
  }
}

/** Drop pipeline-internal fields and fix the key order of the published figure. */
function toFigure(f: Linked): PledgeData['figures'][number] {
  return {
    id: f.id,
    reportId: f.reportId,
    areaId: f.areaId,
    metric: f.metric,
    value: f.value,
    low: f.low,
    unit: f.unit,
    qualifier: f.qualifier,
    horizon: f.horizon,
    kind: f.kind,
    moneyType: f.moneyType,
    countSet: f.countSet,
    start: f.start,
    end: f.end,
    quote: f.quote,
    numberStart: f.numberStart,
    numberEnd: f.numberEnd,
    numberText: f.numberText,
    pairedWith: f.pairedWith,
    nestedIn: f.nestedIn,
    duplicateOf: f.duplicateOf,
    overlapGroup: f.overlapGroup,
    sumGroup: f.sumGroup,
    category: f.category,
    attribution: f.attribution,
    scope: f.scope,
    confidence: f.confidence,
  }
}
