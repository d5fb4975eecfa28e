// Types only: this file is read by the lazy map chunk, which must not pull in the scale code.
import type { Choropleth } from '../scale/choropleth'
import type { ZoneSymbols } from '../scale/zoneSymbols'

/** Colours and emphasis for one set of areas, as plain data. */
export interface AreaPaint {
  /** Fill colour per area id that has a value. */
  colours: Readonly<Record<string, string>>
  /** Colour for areas without a value (drawn under the no-data pattern for districts). */
  fallback: string
  noData: readonly string[]
  /** When set, areas outside it are faded (legend filter). */
  keep: ReadonlySet<string> | null
  /** When set, these areas get an extra outline (legend hover). */
  highlight: ReadonlySet<string> | null
}

/**
 * The map's paint of one set of areas, read from its colour bins: each area's bin colour, the
 * no-data bin's members (drawn with the hatch) and its colour as the fallback.
 */
export function areaPaint(
  c: Choropleth,
  keep: ReadonlySet<string> | null = null,
  highlight: ReadonlySet<string> | null = null,
): AreaPaint {
  return {
    colours: c.colourOf,
    fallback: c.noData.colour,
    noData: c.bins.find((b) => b.range === null)?.members ?? [],
    keep,
    highlight,
  }
}

/** How the zones are drawn, as plain data: proportional symbols (see src/scale/zoneSymbols.ts). */
export interface ZonePaint {
  /** Circle radius (CSS px) per zone id that has a value. */
  radius: Readonly<Record<string, number>>
  /** Zones with no figure: a small hollow marker of `noDataRadius`. */
  noData: readonly string[]
  noDataRadius: number
}

/** The map's paint of the zones, read from their symbol sizes. */
export const zonePaint = (s: ZoneSymbols): ZonePaint => ({
  radius: s.radiusOf,
  noData: s.noData,
  noDataRadius: s.noDataRadius,
})

/** One feature-state value per area id, as `setFeatureState` takes it. */
export type FeatureState = Readonly<Record<string, string | number | boolean | null>>
export type FeatureStates = ReadonlyMap<string, FeatureState>

const sameState = (a: FeatureState, b: FeatureState) => {
  const keys = Object.keys(b)
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k])
}

/**
 * The states in `next` that differ from `before` (new areas included), in `next`'s order. The
 * controller sends only these: MapLibre re-evaluates the paint of every feature whose state is
 * set, whether or not the values changed.
 */
export function changedStates(
  before: FeatureStates,
  next: FeatureStates,
): [string, FeatureState][] {
  return [...next].filter(([id, state]) => {
    const old = before.get(id)
    return !old || !sameState(old, state)
  })
}
