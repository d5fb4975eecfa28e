/**
 * From what the map shows (boundaries, bins, zone symbols, the legend model) to the PNG layout's
 * input. Pure and locale-explicit: every string is passed in or read from the legend model, so
 * the export says what the on-screen legend says, in the export's language.
 */
import type { MultiPolygon, Polygon } from 'geojson'
import { areaName } from '../format/areaName'
import { outletName } from '../format/outlet'
import { boundsOf, type Bounds } from '../map/bounds'
import { labelTier } from '../map/declutter'
import { ZONE_SYMBOL_FILL } from '../map/style'
import type { ZoneFeatures } from '../map/zoneFeatures'
import type { Choropleth } from '../scale/choropleth'
import type { LegendModel } from '../scale/legend'
import type { ContextCollection, DistrictCollection } from '../types/geo'
import type { Report } from '../types/pledge'
import type { Lang } from '../types/view'
import type {
  LegendBlock,
  LegendItem,
  MapPngInput,
  PngArea,
  PngLabel,
  PngZone,
} from './mapPngLayout'

/** The two fixed sizes: a 16:9 slide and a square for social posts; the device never matters. */
export const PNG_SIZES = {
  wide: { width: 1920, height: 1080 },
  square: { width: 1080, height: 1080 },
} as const
export type PngSize = keyof typeof PNG_SIZES

/**
 * How the map draws the zones: proportional symbols (src/scale/zoneSymbols.ts), one fill, area
 * ∝ value; a small hollow marker for a zone with no figure; the footprint as a dashed ring.
 */
export interface ZoneDrawing {
  features: ZoneFeatures
  /** Symbol radius in CSS px per zone id that has a value. */
  radiusOf: Readonly<Record<string, number>>
  /** Radius of the hollow marker of a zone with no figure. */
  noDataRadius: number
}

/** The map's symbol colours (src/map/style.ts, light theme): a translucent neutral, white rim. */
export const ZONE_FILL = ZONE_SYMBOL_FILL.light
const ZONE_RIM = '#ffffff'
/** The hollow marker of a zone with no figure: white, with a dark outline. */
export const ZONE_NO_DATA_FILL = '#ffffff'
const ZONE_NO_DATA_RIM = '#1f2937'

export interface PngSource {
  size: PngSize
  lang: Lang
  title: string
  subtitle: string
  districts: DistrictCollection
  context: ContextCollection | null
  districtChoropleth: Choropleth
  /** Faded by the legend filter, as on the map; null = none faded. */
  filteredIds: ReadonlySet<string> | null
  /** Null when the zones are hidden. */
  zones: ZoneDrawing | null
  /** Zones' official areas (km²), for label priority as on the map. */
  zoneKm2: Readonly<Record<string, number>>
  legend: LegendModel
  /** The area outlined in the selection colour: only when the user ticked "mark the selected area". */
  outline: { id: string; label: string } | null
  source: readonly string[]
  dateLine: string
  measure?: MapPngInput['measure']
}

const SELECTED = '#b91c1c'

/** The legend blocks the PNG draws, from the model the on-screen legend draws. */
export function legendBlocks(model: LegendModel, outline: PngSource['outline']): LegendBlock[] {
  const d = model.districts
  const blocks: LegendBlock[] = [
    {
      id: 'districts',
      title: `${d.title} · ${model.title} (${model.unit})`,
      items: d.entries.map((e): LegendItem => ({
        key: e.hatched ? { kind: 'hatch' } : { kind: 'box', colour: e.colour },
        label: `${e.label}  (${e.countLabel})`,
      })),
      notes: [d.method, ...(d.note ? [d.note] : [])],
    },
  ]
  const z = model.zones
  if (z) {
    blocks.push({
      id: 'zones',
      title: `${z.title} (${model.unit})`,
      items: [
        ...z.circles.map((c): LegendItem => ({
          key: { kind: 'dot', colour: ZONE_FILL, stroke: ZONE_RIM, radius: c.radius },
          label: c.label,
        })),
        ...(z.noData
          ? [
              {
                key: {
                  kind: 'dot',
                  colour: ZONE_NO_DATA_FILL,
                  stroke: ZONE_NO_DATA_RIM,
                  radius: z.noData.radius,
                },
                label: z.noData.label,
              } as LegendItem,
            ]
          : []),
        ...(z.footprint ? [{ key: { kind: 'ring' }, label: z.footprint } as LegendItem] : []),
      ],
      notes: [z.size],
    })
  }
  if (outline)
    blocks.push({
      id: 'marked',
      title: '',
      items: [{ key: { kind: 'outline', colour: SELECTED }, label: outline.label }],
      notes: [],
    })
  return blocks
}

/**
 * The source line: each outlet with the dates of its reports, in date order
 * ("青岛日报 2022-05-28, 2023-01-31 · 青岛西海岸报 …"), so a reader of the picture can find them.
 */
export function outletsLine(
  reports: readonly Pick<Report, 'outlet' | 'date'>[],
  lang: Lang = 'zh',
): string {
  const byOutlet = new Map<string, string[]>()
  for (const r of [...reports].sort((a, b) => a.date.localeCompare(b.date)))
    byOutlet.set(r.outlet, [...(byOutlet.get(r.outlet) ?? []), r.date])
  return [...byOutlet]
    .map(([outlet, dates]) => `${outletName(outlet, lang)} ${dates.join(', ')}`)
    .join(' · ')
}

const geometryOf = (f: { geometry: Polygon | MultiPolygon }) => f.geometry

/** Pure: the layout's input for `source`. */
export function mapPngInput(source: PngSource): MapPngInput {
  const { lang, districtChoropleth: c } = source
  const bounds: Bounds = boundsOf(source.districts)
  const districts: PngArea[] = source.districts.features.map((f) => ({
    id: f.properties.id,
    geometry: geometryOf(f),
    fill: c.colourOf[f.properties.id] ?? (c.noData.pattern === 'hatch' ? 'hatch' : c.noData.colour),
    faded: source.filteredIds !== null && !source.filteredIds.has(f.properties.id),
  }))
  const context: PngArea[] = (source.context?.features ?? []).map((f, i) => ({
    id: `context-${i}`,
    geometry: geometryOf(f),
    fill: '#ece8e0',
  }))
  // The map's label ranks; the marked area, like the map's selected one, is pinned first.
  const rank = (kind: 'district' | 'zone', id: string, hasData: boolean, km2: number) => ({
    tier: labelTier({ pinned: id === source.outline?.id, kind, hasData }),
    priority: km2,
    nudge: hasData,
  })
  const labels: PngLabel[] = source.districts.features.map((f) => ({
    id: f.properties.id,
    kind: 'district',
    text: areaName(f.properties, lang, 'short'),
    lngLat: f.properties.labelPoint,
    ...rank('district', f.properties.id, f.properties.id in c.colourOf, f.properties.areaKm2),
  }))
  const zones: PngZone[] = []
  const drawing = source.zones
  if (drawing) {
    const footprints = new Map(drawing.features.footprints.features.map((f) => [f.id, f.geometry]))
    for (const p of drawing.features.points.features) {
      const id = p.properties.id
      const radius = drawing.radiusOf[id]
      const [lon = 0, lat = 0] = p.geometry.coordinates
      zones.push({
        id,
        point: [lon, lat],
        fill: radius !== undefined ? ZONE_FILL : ZONE_NO_DATA_FILL,
        stroke: radius !== undefined ? ZONE_RIM : ZONE_NO_DATA_RIM,
        radius: radius ?? drawing.noDataRadius,
        footprint: footprints.get(id) ?? null,
      })
      labels.push({
        id,
        kind: 'zone',
        text: areaName(p.properties, lang, 'plain'),
        lngLat: [lon, lat],
        ...rank('zone', id, radius !== undefined, source.zoneKm2[id] ?? 1),
      })
    }
  }
  for (const [i, f] of (source.context?.features ?? []).entries())
    labels.push({
      id: `context-${i}`,
      kind: 'context',
      text: areaName(f.properties, lang, 'short'),
      lngLat: f.properties.labelPoint,
      tier: labelTier({ pinned: false, kind: 'context', hasData: false }),
      priority: 0,
      nudge: false,
    })
  return {
    lang,
    ...PNG_SIZES[source.size],
    title: source.title,
    subtitle: source.subtitle,
    bounds,
    districts,
    context,
    zones,
    labels,
    legend: legendBlocks(source.legend, source.outline),
    outlineId: source.outline?.id ?? null,
    source: source.source,
    dateLine: source.dateLine,
    ...(source.measure ? { measure: source.measure } : {}),
  }
}
