import type { Area } from '../types/pledge'

export interface SearchHit {
  area: Area
  /** The name or alias that matched, to show why an area was found. */
  matched: string
  score: number
}

const normalise = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_'’()（）]/g, '')

/**
 * Finds areas by Chinese or English name, id or any alias as the reports write it
 * (崂山, Laoshan, laoshan, 西海岸, 开发区 …). Prefix matches rank above inner matches, districts
 * above zones above streets.
 */
export function searchAreas(areas: readonly Area[], query: string): SearchHit[] {
  const q = normalise(query)
  if (!q) return []
  const levelWeight = { district: 0, zone: 1, street: 2 }
  const hits: SearchHit[] = []
  for (const area of areas) {
    let best: SearchHit | null = null
    for (const name of [area.nameZh, area.nameEn, area.id, ...area.aliases]) {
      const n = normalise(name)
      const at = n.indexOf(q)
      if (at < 0) continue
      const score = (at === 0 ? 0 : 10) + (n.length - q.length) / 100 + levelWeight[area.level]
      if (!best || score < best.score) best = { area, matched: name, score }
    }
    if (best) hits.push(best)
  }
  return hits.sort((a, b) => a.score - b.score || a.area.id.localeCompare(b.area.id))
}
