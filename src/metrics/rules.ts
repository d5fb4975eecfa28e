import type { Figure, RuleText } from '../types/pledge'

/** 亿元 per unit of a money figure. */
export const YI_PER_UNIT: Readonly<Record<string, number>> = { 亿元: 1, 万元: 1e-4, 万亿元: 1e4 }

/**
 * Whether a figure may stand as a headline of its own area: a pledge (not an achievement, not a
 * cited context), the first printing (not a layout repeat or a restatement of an earlier
 * report), not a size threshold (过30亿元项目), of the metric asked for, and not a part of a
 * larger figure of the same kind (今年736亿元 inside 未来三年930亿元). A part whose parent is
 * of another kind (今年57亿元 of 36项实事 inside 550亿元 民生投入, a spending target) or was
 * filtered out stands on its own. Zone and street figures stay with the zone or street.
 */
export function isCandidate(
  f: Figure,
  metric: 'investment' | 'projectCount',
  sameArea: ReadonlyMap<string, Figure>,
): boolean {
  if (f.metric !== metric || f.kind !== 'pledge' || f.duplicateOf !== null) return false
  if (f.category === 'threshold') return false
  if (metric === 'investment' && YI_PER_UNIT[f.unit] === undefined) return false
  const parent = f.nestedIn === null ? undefined : sameArea.get(f.nestedIn)
  return !parent || parent.metric !== f.metric || parent.moneyType !== f.moneyType
}

/** The rule behind an investment headline. */
export const INVESTMENT_RULE: RuleText = {
  zh: '该区域最近一篇给出项目总投资的报道中明言的一个数字（其中最大者；其余列为“另见”，不相加）。只有原文列为同一整体互不重叠的几部分时才相加，并标为“合计”。民生投入等支出目标、年度计划、签约额、已完成数和不同时期的数字从不相加；功能区数字不计入所在区。',
  en: "One figure the latest report stating a project portfolio (总投资) for the area states — its largest; others are listed as “also reported”, never added. Only parts the text presents as disjoint parts of one whole are summed, and labelled “derived”. Spending targets (民生投入), yearly plans, signings, achievements and figures of different periods are never added; zone figures are never added to the district's.",
}

/** The rule behind a project-count headline. */
export const PROJECTS_RULE: RuleText = {
  zh: '与总投资同一句话中给出的项目数（总投资930亿元的334个）；没有总投资的区域，取最近一篇报道中最大的项目清单。重叠清单（如平度189/143/125个）不相加；新引进、新开工、竣工、洽谈等不同口径分别注明。',
  en: 'The project count stated in the same phrase as the portfolio (总投资930亿元的334个); where an area has no portfolio, the largest project list of the latest report giving one. Overlapping lists (e.g. Pingdu’s 189/143/125) are never summed; new introductions, new starts, completions and pipelines are named as such.',
}
