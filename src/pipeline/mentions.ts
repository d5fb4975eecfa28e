import type { Area, Span } from '../types/pledge'

/** An area named in the text. */
export interface Mention extends Span {
  areaId: string
  /**
   * Named where a subject stands: at a sentence or clause start, after a list comma, or right
   * after another name (城阳区城阳街道). 攻坚王台老工业区升级改造 names an object, not the actor.
   */
  subject: boolean
}

const SUBJECT_BEFORE = /[。！？；;，,、：:“”\s(（]/

/**
 * Find area names by a left-to-right longest-match scan over all aliases, so 城阳区城阳街道
 * yields 城阳区 then 城阳街道, and 西海岸交通商务区 is the zone, not the district.
 */
export function textToMentions(text: string, areas: readonly Area[]): Mention[] {
  const names = areas
    .flatMap((a) => a.aliases.map((name) => ({ name, areaId: a.id })))
    .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name))
  const out: Mention[] = []
  let i = 0
  while (i < text.length) {
    const hit = names.find((n) => text.startsWith(n.name, i))
    if (hit) {
      const prev = text[i - 1]
      const subject =
        prev === undefined || SUBJECT_BEFORE.test(prev) || out[out.length - 1]?.end === i
      out.push({ start: i, end: i + hit.name.length, areaId: hit.areaId, subject })
      i += hit.name.length
    } else i += 1
  }
  return out
}

/**
 * Streets named in the text but absent from the registry (they have no figure of their own), for
 * `problems`: a 街道 name right after a district name or a list/clause break (崂山区金家岭街道,
 * 、蓝村街道), first occurrence only.
 */
export function textToUnknownPlaces(text: string, areas: readonly Area[]): Span[] {
  const known = new Set(areas.flatMap((a) => a.aliases))
  const seen = new Set<string>()
  const out: Span[] = []
  for (const m of text.matchAll(/(?<=[区市、，,])[\u4e00-\u9fa5]{2,3}?街道/g)) {
    // 真正把街道打造成…: a verb before 街道 means the word is generic, not a name.
    if (known.has(m[0]) || seen.has(m[0]) || /[把将为的各带]/.test(m[0])) continue
    seen.add(m[0])
    out.push({ start: m.index, end: m.index + m[0].length })
  }
  return out
}
