import type { Figure } from '../types/pledge'

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
