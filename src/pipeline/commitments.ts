import type { Commitment, Figure, RepeatedPassage } from '../types/pledge'
import { spanToArea, type AttributionContext } from './attribute'

/** Words that make a sentence a commitment (will / must / strive / speed up / build). */
const COMMITMENT = /将|要|力争|争取|加快|推进|打造|确保|全力/
/**
 * Quotations of the national or provincial reports are not an area's commitment, nor are the
 * stock phrases about studying them.
 */
const NOT_OWN = /党的二十大报告|党代会报告|报告指出|报告提出|全会指出|学习贯彻|政治任务|纷纷表示/

/**
 * Non-numeric commitments for the side panel: sentences of 12–240 characters with a
 * commitment word, no extracted figure and not a repeat, attributed like figures (an override,
 * then an area named in the sentence, wins; a sentence that only a topic heading or the report
 * default would attribute is left out).
 */
export function sentencesToCommitments(
  reportId: string,
  text: string,
  figures: Figure[],
  repeats: RepeatedPassage[],
  ctx: AttributionContext,
): Commitment[] {
  const out: Commitment[] = []
  for (const s of ctx.segments.sentences) {
    const body = text.slice(s.start, s.end)
    if (body.length < 12 || body.length > 240) continue
    if (!COMMITMENT.test(body) || NOT_OWN.test(body)) continue
    if (figures.some((f) => f.numberStart >= s.start && f.numberEnd <= s.end)) continue
    if (repeats.some((r) => r.start <= s.start && s.end <= r.end)) continue
    const own = ctx.mentions.find((m) => m.start >= s.start && m.end <= s.end)
    const choice = spanToArea(s, s, ctx)
    // Editorial passages under a topic heading or with no area named are nobody's commitment.
    const weak = choice.attribution === 'reportDefault' || choice.attribution === 'carryOver'
    if (!own && weak) continue
    const areaId =
      choice.attribution === 'override' ? choice.areaId : (own?.areaId ?? choice.areaId)
    if (areaId === null) continue
    out.push({
      id: `${reportId}-c${String(out.length + 1).padStart(3, '0')}`,
      reportId,
      areaId,
      ...s,
    })
  }
  return out
}
