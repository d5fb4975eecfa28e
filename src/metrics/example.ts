import type { AreaHeadlines, Figure, Headline, PledgeData } from '../types/pledge'

/** A headline shown beside a spending target of the same report that it does not include. */
export interface SpendingExample {
  areaId: string
  headline: Headline
  /** The headline's own figure. */
  stated: Figure
  spending: Figure
}

/**
 * The methodology's worked example, found in the data rather than written by hand: the first
 * area (in registry order) whose headline report also states a spending target for it — the
 * pair the first version wrongly added (崂山区 930亿元 + 550亿元 民生投入).
 */
export function spendingExample(
  data: Pick<PledgeData, 'areas' | 'figures'>,
  headlines: Readonly<Record<string, AreaHeadlines>>,
): SpendingExample | null {
  for (const area of data.areas) {
    const headline = headlines[area.id]?.investment
    if (!headline) continue
    const stated = data.figures.find((f) => f.id === headline.figureIds[0])
    const spending = data.figures.find(
      (f) =>
        f.areaId === area.id &&
        f.reportId === headline.reportId &&
        f.moneyType === 'spending' &&
        f.duplicateOf === null,
    )
    if (stated && spending) return { areaId: area.id, headline, stated, spending }
  }
  return null
}
