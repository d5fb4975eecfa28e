import { headlinesFor } from '../../src/metrics/headlines'
import type { PledgeData } from '../../src/types/pledge'

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

/**
 * The peer's values: the app's own headline investment per district (`headlinesFor`, the counting
 * rules of src/metrics), so that both pages colour the same numbers. Without pledges.json there
 * are no values, and the report says so.
 */
export function peerValues(
  data: Pick<PledgeData, 'reports' | 'figures' | 'areas'> | null,
  ids: readonly string[],
): PeerValues {
  if (data === null) {
    return { values: ids.map((id) => ({ id, value: null })), source: 'none: pledges.json missing' }
  }
  const headlines = headlinesFor(data)
  return {
    values: ids.map((id) => ({ id, value: headlines[id]?.investment?.value ?? null })),
    source: 'src/metrics headlinesFor(pledges.json)',
  }
}
