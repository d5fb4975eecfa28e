import type { Area, Span } from '../types/pledge'

/** An area named in the text. */
export interface Mention extends Span {
  areaId: string
}

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
      out.push({ start: i, end: i + hit.name.length, areaId: hit.areaId })
      i += hit.name.length
    } else i += 1
  }
  return out
}

/** Names that look like a street or district but are not in the registry (for `problems`). */
export function textToUnknownPlaces(text: string, areas: readonly Area[]): Span[] {
  const known = new Set(areas.flatMap((a) => a.aliases))
  const out: Span[] = []
  for (const m of text.matchAll(/[\u4e00-\u9fa5]{2}街道/g)) {
    if (!known.has(m[0]) && !/^(全区|各|的|本|为|是|在)/.test(m[0])) {
      out.push({ start: m.index, end: m.index + m[0].length })
    }
  }
  return out
}
