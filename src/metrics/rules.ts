import type { Figure, RuleText } from '../types/pledge'

/**
 * The counting rules, in one place. A figure counts towards its own area's headline only when
 * it is the first printing of a pledge (not a layout repeat, not a restatement of an earlier
 * report), not a part of a larger figure (今年 inside 未来三年, a size class inside a list), not a
 * size threshold (过30亿元项目), and of the metric asked for. Zone and street figures stay with
 * the zone or street: they are never added into their district.
 */
export function isCountable(f: Figure, metric: Figure['metric']): boolean {
  return (
    f.metric === metric &&
    f.duplicateOf === null &&
    f.nestedIn === null &&
    f.category !== 'threshold'
  )
}

/** 亿元 per unit of a money figure. */
export const YI_PER_UNIT: Readonly<Record<string, number>> = { 亿元: 1, 万元: 1e-4 }

/** The rule behind an investment headline. */
export const INVESTMENT_RULE: RuleText = {
  zh: '取该区域最近一篇给出投资额的报道：各独立投资总额相加；嵌套的分项、重复印刷与复述只计一次，清单重叠者取最大，功能区数字不计入所在区。',
  en: "Latest report giving an investment for the area: distinct totals summed; nested parts, reprints and restatements once; overlapping lists by their largest; zone figures never added to the district's.",
}

/** The rule behind a project-count headline. */
export const PROJECTS_RULE: RuleText = {
  zh: '取该区域最近一篇给出项目数的报道：各独立项目清单相加；嵌套的分项、重复印刷与复述只计一次，重叠清单（如平度189/143/125个）取最大，功能区数字不计入所在区。',
  en: "Latest report giving a project count for the area: distinct lists summed; nested parts, reprints and restatements once; overlapping lists (e.g. Pingdu's 189/143/125) by their largest; zone figures never added to the district's.",
}
