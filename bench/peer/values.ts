/** One district's value for the peer's choropleth; `null` means no figure reported. */
export interface PeerValue {
  id: string
  value: number | null
}

/** Where the peer's values came from, shown in the report. */
export interface PeerValues {
  values: PeerValue[]
  source: string
}

/** Names the metrics module might export its per-area headline function under. */
export const HEADLINE_EXPORTS = ['computeHeadlines', 'headlinesFor', 'areaHeadlines'] as const

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null

/** `{ investment: { value } }` or `{ headlines: { investment: { value } } }` → the value. */
function investmentOf(entry: unknown): number | null | undefined {
  if (!isObj(entry)) return undefined
  const holder = isObj(entry.headlines) ? entry.headlines : entry
  if (!('investment' in holder)) return undefined
  const inv = holder.investment
  if (inv === null) return null
  if (typeof inv === 'number') return inv
  return isObj(inv) && typeof inv.value === 'number' ? inv.value : undefined
}

/**
 * Reads the investment headline per district from whatever the metrics function returned: a
 * record or Map keyed by area id, or an array of entries with `id`/`areaId`. `null` when the shape
 * is not recognised, so that the caller falls back instead of drawing wrong colours.
 */
export function investmentFromHeadlines(
  result: unknown,
  ids: readonly string[],
): PeerValue[] | null {
  const byId = new Map<string, unknown>()
  if (result instanceof Map) {
    for (const [k, v] of result) if (typeof k === 'string') byId.set(k, v)
  } else if (Array.isArray(result)) {
    for (const e of result) {
      const id = isObj(e) ? (e.id ?? e.areaId) : undefined
      if (typeof id === 'string') byId.set(id, e)
    }
  } else if (isObj(result)) {
    for (const [k, v] of Object.entries(result)) byId.set(k, v)
  } else return null
  const values = ids.map((id) => ({ id, value: byId.has(id) ? investmentOf(byId.get(id)) : null }))
  if (values.some((v) => v.value === undefined)) return null
  return values.map((v) => ({ id: v.id, value: v.value ?? null }))
}

/** 亿元 per unit as written; other units are not investment amounts the fallback can add up. */
const YI_PER_UNIT: Record<string, number> = { 亿元: 1, 亿: 1, 万元: 1e-4, 万亿元: 1e4 }

/**
 * FALLBACK ONLY, not the app's counting rule: sums a district's investment figures (in 亿元,
 * zones counted in their parent district), skipping restatements (`duplicateOf`) and parts of
 * larger figures (`nestedIn`), and taking the largest figure of an overlap group.
 */
export function fallbackInvestmentByDistrict(data: unknown, ids: readonly string[]): PeerValue[] {
  const parentOf = new Map<string, string>()
  const areas = isObj(data) && Array.isArray(data.areas) ? data.areas : []
  for (const a of areas) {
    if (isObj(a) && typeof a.id === 'string') {
      parentOf.set(a.id, typeof a.parentId === 'string' ? a.parentId : a.id)
    }
  }
  const sums = new Map<string, number>()
  const groups = new Map<string, { district: string; value: number }>()
  const figures = isObj(data) && Array.isArray(data.figures) ? data.figures : []
  for (const f of figures) {
    if (!isObj(f) || f.metric !== 'investment' || typeof f.areaId !== 'string') continue
    if (f.duplicateOf != null || f.nestedIn != null || typeof f.value !== 'number') continue
    const perUnit = YI_PER_UNIT[String(f.unit)]
    const district = parentOf.get(f.areaId) ?? f.areaId
    if (perUnit === undefined || !ids.includes(district)) continue
    const value = f.value * perUnit
    if (typeof f.overlapGroup === 'string') {
      const g = groups.get(f.overlapGroup)
      if (!g || value > g.value) groups.set(f.overlapGroup, { district, value })
    } else sums.set(district, (sums.get(district) ?? 0) + value)
  }
  for (const { district, value } of groups.values()) {
    sums.set(district, (sums.get(district) ?? 0) + value)
  }
  return ids.map((id) => ({ id, value: sums.get(id) ?? null }))
}

/**
 * The peer's values: the app's own metrics function when a module of `src/metrics/` exports one that
 * gives a recognisable result, else the fallback over `pledges.json`, else no values at all.
 */
export function peerValues(
  modules: readonly Obj[],
  data: unknown,
  ids: readonly string[],
): PeerValues {
  for (const name of HEADLINE_EXPORTS) {
    const fn = modules.find((m) => typeof m[name] === 'function')?.[name]
    if (typeof fn !== 'function' || data === null) continue
    try {
      const values = investmentFromHeadlines((fn as (d: unknown) => unknown)(data), ids)
      if (values) return { values, source: `src/metrics ${name}(pledges.json)` }
    } catch {
      // A signature we do not know: use the fallback below.
    }
  }
  if (data === null) {
    return { values: ids.map((id) => ({ id, value: null })), source: 'none: pledges.json missing' }
  }
  return {
    values: fallbackInvestmentByDistrict(data, ids),
    source: 'fallback: bench/peer/values.ts sum over pledges.json',
  }
}
