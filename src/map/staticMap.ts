import type { SvgMap } from '../compare/svgPaths'
import type { DistrictFeature } from '../types/geo'
import { labelTier, placeLabels, type Placement } from './declutter'
import type { MapTheme } from './theme'
import type { ZoneFeatures } from './zoneFeatures'

/**
 * What the static SVG map (StaticChoropleth.vue) draws and how it answers the pointer and the
 * keyboard, as plain data: the component only binds it. No MapLibre here; the outlines follow
 * the live map's layers (style.ts), so nothing changes when MapLibre takes over.
 */

export interface DistrictShape {
  id: string
  d: string
  fill: string
  faded: boolean
  /** The label point, where the name is written (the live map's label marker sits there). */
  x: number
  y: number
}

/** The districts in SVG coordinates; an area without a colour gets the no-data hatch `hatch`. */
export function districtShapes(
  features: readonly DistrictFeature[],
  map: SvgMap,
  colourOf: Readonly<Record<string, string>>,
  keep: ReadonlySet<string> | null,
  hatch: string,
): DistrictShape[] {
  return features.map((f) => {
    const id = f.properties.id
    const [x, y] = map.project(f.properties.labelPoint)
    return {
      id,
      d: map.path(f.geometry),
      fill: colourOf[id] ?? hatch,
      faded: keep !== null && !keep.has(id),
      x,
      y,
    }
  })
}

export interface ZoneShapes {
  footprints: { id: string; d: string }[]
  points: { id: string; x: number; y: number; r: number; empty: boolean }[]
}

/** The zones as the live map draws them: proportional symbols over their dashed footprints. */
export function zoneShapes(
  zones: ZoneFeatures,
  map: SvgMap,
  symbols: { radiusOf: Readonly<Record<string, number>>; noDataRadius: number },
): ZoneShapes {
  return {
    footprints: zones.footprints.features.map((f) => ({
      id: f.properties.id,
      d: map.path(f.geometry),
    })),
    points: zones.points.features.map((f) => {
      const [x, y] = map.project(f.geometry.coordinates)
      const radius = symbols.radiusOf[f.properties.id]
      return {
        id: f.properties.id,
        x,
        y,
        r: radius ?? symbols.noDataRadius,
        empty: radius === undefined,
      }
    }),
  }
}

export interface Outline {
  id: string
  stroke: string
  width: number
}

/**
 * The hover and selection outlines drawn over every district, as the live map's line layers
 * (style.ts: districtHover 2.5 under districtSelected 3.5): on top, so no neighbour covers them.
 */
export function districtOutlines(
  districtIds: ReadonlySet<string>,
  selected: string | null,
  hovered: string | null,
  theme: MapTheme,
): Outline[] {
  const outlines: Outline[] = []
  if (hovered && hovered !== selected && districtIds.has(hovered))
    outlines.push({ id: hovered, stroke: theme.hoverLine, width: 2.5 })
  if (selected && districtIds.has(selected))
    outlines.push({ id: selected, stroke: theme.selectedLine, width: 3.5 })
  return outlines
}

/** A zone symbol's ring, as the live map's circle stroke (style.ts: zonePoint). */
export function zoneOutline(
  id: string,
  empty: boolean,
  selected: string | null,
  hovered: string | null,
  theme: MapTheme,
): Omit<Outline, 'id'> {
  if (id === selected) return { stroke: theme.selectedLine, width: 3 }
  const stroke = empty ? theme.hoverLine : '#ffffff'
  return { stroke, width: id === hovered ? 2.5 : 1.5 }
}

/**
 * A zone circle's touch radius on a phone: 44 px across (WCAG 2.5.5), as the live map's label
 * hit boxes (src/styles/map.css). Circles smaller than this get a transparent one behind them.
 */
export const ZONE_TOUCH_RADIUS = 22

/** The area an element of the static map stands for (a district path or a zone circle). */
export function areaIdOf(el: { getAttribute(name: string): string | null } | null): string | null {
  return el?.getAttribute('data-area-id') ?? el?.getAttribute('data-zone-id') ?? null
}

/** A client (viewport) point in the coordinates of a box whose corner is at `origin`. */
export const pointIn = (
  origin: { left: number; top: number },
  client: { x: number; y: number },
) => ({
  x: client.x - origin.left,
  y: client.y - origin.top,
})

/**
 * Where the tooltip of a focused area goes: just below its label (the live map anchors it at its
 * label button's bottom), in map container pixels.
 */
export const belowBox = (
  origin: { left: number; top: number },
  box: { left: number; right: number; bottom: number },
) => ({ x: (box.left + box.right) / 2 - origin.left, y: box.bottom - origin.top })

/** The keys that press a button: what the live map's label buttons answer to. */
export const isActivationKey = (key: string): boolean => key === 'Enter' || key === ' '

/**
 * The accessible name of an area on the static map: its names (as the live map's label reads
 * them) and what the map shows of it, since a screen reader cannot see its colour.
 */
export const areaAccessibleName = (names: string, metric: string, value: string): string =>
  `${names}, ${metric}: ${value}`

/**
 * The live label button's padding in px (map.css .map-label: 0.1rem 0.3rem): the static and
 * prerendered maps add it to their text's box, so all three maps collide labels alike.
 */
export const LABEL_PAD = { x: 4.8, y: 1.6 } as const

/** A label's box as the SVG measures it (`getBBox`, user units: CSS pixels). */
export interface MeasuredLabel {
  id: string
  x: number
  y: number
  width: number
  height: number
}

/**
 * Where the static map's district labels go: the live map's rule (`placeLabels`, tiers from
 * `labelTier`, larger districts first), so a phone shows the names MapLibre will show and not
 * 市北, 李沧 and 市南 written over each other. The selected and hovered labels are pinned.
 */
export function placeStaticLabels(
  measured: readonly MeasuredLabel[],
  areaKm2: ReadonlyMap<string, number>,
  hasData: (id: string) => boolean,
  pinned: ReadonlySet<string>,
): Placement {
  return placeLabels(
    measured
      // Not laid out (an empty name): takes no room.
      .filter((m) => m.width > 0 || m.height > 0)
      .map((m) => {
        const data = hasData(m.id)
        return {
          id: m.id,
          tier: labelTier({ pinned: pinned.has(m.id), kind: 'district', hasData: data }),
          priority: areaKm2.get(m.id) ?? 0,
          nudge: data,
          left: m.x,
          top: m.y,
          right: m.x + m.width,
          bottom: m.y + m.height,
        }
      }),
  )
}
