/**
 * The types of the PNG export's layout: what the layout reads (`MapPngInput`) and what it
 * returns for the painter and the tests (`MapPngLayout`: marks, drawn labels, legend items).
 */
import type { MultiPolygon, Polygon } from 'geojson'
import type { Bounds } from '../map/bounds'
import type { Lang } from '../types/view'

/** How a legend item's key is drawn: a filled box, the no-data hatch, a zone dot, a dashed ring. */
export type LegendKey =
  | { kind: 'box'; colour: string }
  | { kind: 'hatch' }
  | { kind: 'dot'; colour: string; stroke: string; radius: number }
  | { kind: 'ring' }
  | { kind: 'outline'; colour: string }

export interface LegendItem {
  key: LegendKey
  label: string
}

/** One legend block (districts, zones, "also drawn"), as the map's legend shows it. */
export interface LegendBlock {
  id: string
  title: string
  items: LegendItem[]
  /** Short lines under the items (method, unit, what a footprint means). */
  notes: string[]
}

/** A district (or a neighbouring city) to draw. `fill: 'hatch'` = no figure reported. */
export interface PngArea {
  id: string
  geometry: Polygon | MultiPolygon
  fill: string | 'hatch'
  /** Faded by the legend filter, as on the map. */
  faded?: boolean
}

/** A zone: its dot at its location, and its footprint (schematic circle or planner's boundary). */
export interface PngZone {
  id: string
  point: [number, number]
  fill: string
  /** The symbol's outline: white around a sized symbol, dark around a hollow no-figure marker. */
  stroke: string
  /** Radius in CSS pixels at the export's base size (the map's symbol radius). */
  radius: number
  footprint: Polygon | MultiPolygon | null
}

/** A label candidate: the same points, tiers and priorities as the live map's labels. */
export interface PngLabel {
  id: string
  kind: 'district' | 'zone' | 'context'
  text: string
  lngLat: [number, number]
  /** Placed first, higher before lower (`labelTier` of src/map/declutter.ts). */
  tier: number
  /** Within a tier, higher survives a collision (larger areas). */
  priority: number
  /** May move beside its point to avoid a collision (areas with a figure). */
  nudge: boolean
}

export interface MapPngInput {
  /** The picture's language: its fonts (the painter's) follow it. */
  lang: Lang
  width: number
  height: number
  title: string
  subtitle: string
  bounds: Bounds
  districts: readonly PngArea[]
  context: readonly PngArea[]
  zones: readonly PngZone[]
  labels: readonly PngLabel[]
  legend: readonly LegendBlock[]
  /** Outlined in the selection colour only when the user asked for it. */
  outlineId: string | null
  /** Source lines: outlets and dates, boundaries. */
  source: readonly string[]
  dateLine: string
  /** Text width in pixels; the painter passes the canvas's own measure, tests an estimate. */
  measure?: (text: string, size: number, bold: boolean) => number
}

export type Mark =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string }
  | { kind: 'hatch'; x: number; y: number; w: number; h: number }
  | { kind: 'clip'; x: number; y: number; w: number; h: number }
  | { kind: 'unclip' }
  | {
      kind: 'path'
      /** SVG path data in canvas pixels (Path2D reads it). */
      d: string
      fill: string | 'hatch' | null
      alpha?: number
      stroke: string | null
      lineWidth: number
      dash?: number[]
    }
  | {
      kind: 'circle'
      x: number
      y: number
      r: number
      fill: string | null
      stroke: string
      lineWidth: number
      dash?: number[]
    }
  | {
      kind: 'text'
      x: number
      y: number
      text: string
      size: number
      bold: boolean
      colour: string
      align: 'left' | 'center' | 'right'
      /** A white halo behind the letters, for names drawn over the map. */
      halo: boolean
      maxWidth?: number
    }

/** A label the export drew, where (canvas pixels, centre of the name). */
export interface DrawnLabel {
  id: string
  kind: PngLabel['kind']
  text: string
  x: number
  y: number
}

export interface MapPngLayout {
  lang: Lang
  width: number
  height: number
  title: string
  marks: Mark[]
  /** The labels drawn, after collision; the rest are in `hiddenLabels`. */
  labels: DrawnLabel[]
  hiddenLabels: string[]
  /** The legend's blocks with every item's label, as drawn. */
  legend: { id: string; title: string; items: string[] }[]
  /** The area outlined in the selection colour, or null. */
  outlined: string | null
  map: { x: number; y: number; w: number; h: number }
}
