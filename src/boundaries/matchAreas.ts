import type { Area } from '../types/pledge'
import type { ParsedBoundary } from './parseBoundaries'

/** A feature of the planner's file and the area it was matched to (null = none found). */
export interface BoundaryMatch {
  feature: ParsedBoundary
  areaId: string | null
  /** How it matched: the name, an alias, the English name, the id — or not at all. */
  by: 'nameZh' | 'alias' | 'nameEn' | 'id' | null
}

/** Compares names ignoring width (ＡＢＣ/ABC), case and spaces. */
export function normaliseName(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}

/**
 * Matches each feature to an area by its name (Chinese name, alias, English name) or id.
 * Unmatched features keep `areaId: null` and are listed for the planner's review.
 */
export function matchAreas(
  features: readonly ParsedBoundary[],
  areas: readonly Area[],
): BoundaryMatch[] {
  const index = new Map<string, { id: string; by: NonNullable<BoundaryMatch['by']> }>()
  const put = (key: string, id: string, by: NonNullable<BoundaryMatch['by']>) => {
    const k = normaliseName(key)
    if (k !== '' && !index.has(k)) index.set(k, { id, by })
  }
  // Most specific first, so an area's own name wins over another's alias.
  for (const a of areas) put(a.nameZh, a.id, 'nameZh')
  for (const a of areas) for (const alias of a.aliases) put(alias, a.id, 'alias')
  for (const a of areas) put(a.nameEn, a.id, 'nameEn')
  for (const a of areas) put(a.id, a.id, 'id')
  return features.map((feature) => {
    for (const key of [feature.name, feature.id]) {
      const hit = key ? index.get(normaliseName(key)) : undefined
      if (hit) return { feature, areaId: hit.id, by: hit.by }
    }
    return { feature, areaId: null, by: null }
  })
}
