/**
 * The types of the map controller's interface: what it draws (`MapData`, `MapPaint`), how it
 * moves (`FocusOptions`), what it reports (`MapEvents`, `MapStatus`) and the MapLibre methods it
 * needs (`MapLike`). Apart from controller.ts so a reader sees the contract on one page.
 */
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl'
import type { Ref } from 'vue'
import type { ContextCollection, DistrictCollection } from '../types/geo'
import type { Bounds } from './bounds'
import type { addLabels, MapLabel } from './labels'
import type { AreaPaint, ZonePaint } from './paint'
import type { Point } from './pointer'
import type { ZoneFeatures } from './zoneFeatures'

export interface Camera {
  lon: number
  lat: number
  zoom: number
}

/** What the map draws. Each part is compared by reference: replace a part to redraw it. */
export interface MapData {
  districts: DistrictCollection
  context: ContextCollection | null
  zones: ZoneFeatures
  /** Labels of the districts and zones (clickable). */
  labels: readonly MapLabel[]
  /** Labels of the neighbouring cities (decoration). */
  contextLabels: readonly MapLabel[]
}

/** How the areas are coloured and which are shown. */
export interface MapPaint {
  districts: AreaPaint
  zones: ZonePaint
  zonesVisible: boolean
}

/** How `focus` and `fitAll` move the camera. */
export interface FocusOptions {
  /** Fly (default) or cut. */
  animate?: boolean
  /** A district's box to frame instead of its full bounds (its mainland, say). */
  bounds?: Bounds
  /** Padding for this move instead of the layout's. */
  padding?: PaddingOptions
}

/** What the user did on the map, reported as area ids. */
export interface MapEvents {
  select: (id: string | null) => void
  hover: (id: string | null, point: Point | null) => void
  camera: (camera: Camera) => void
}

/** The few MapLibre methods the controller uses; a test passes an object with just these. */
export type MapLike = Pick<
  MapLibreMap,
  | 'on'
  | 'once'
  | 'getSource'
  | 'setFeatureState'
  | 'getLayoutProperty'
  | 'setLayoutProperty'
  | 'setGlobalStateProperty'
  | 'updateImage'
  | 'fitBounds'
  | 'easeTo'
  | 'jumpTo'
  | 'getCenter'
  | 'getZoom'
  | 'project'
  | 'getCanvas'
  | 'queryRenderedFeatures'
  | 'triggerRepaint'
  | 'resize'
  | 'remove'
>

export type PlacedLabels = ReturnType<typeof addLabels>

/**
 * The controller's reactive status. The cells are made by the caller (see `mapStatus` in
 * bindMap.ts) so that this module, loaded in MapLibre's lazy chunk, imports nothing from Vue at
 * runtime: the bundler would otherwise split Vue's reactivity into a chunk of its own.
 */
export interface MapStatus {
  /**
   * True from MapLibre's `load` on: sources exist and accept feature-state. False again while the
   * WebGL context is lost, true once the style rebuilt on restore has loaded.
   */
  loaded: Ref<boolean>
  /** True once the districts have been drawn; until then the static SVG choropleth shows. */
  interactive: Ref<boolean>
  /** True from the loss of the WebGL context until the map has its style back. */
  contextLost: Ref<boolean>
}

export interface ControllerOptions {
  container: HTMLElement
  status: MapStatus
  data: MapData
  /** The camera to start from (a shared link), or null to fit Qingdao. */
  camera: Camera | null
  /** Space kept free around Qingdao, measured at each camera move (it depends on the layout). */
  padding: () => PaddingOptions | number
  /** Puts HTML labels on the map (labels.ts); a test passes a stub. */
  placeLabels: (
    labels: readonly MapLabel[],
    onActivate: (id: string) => void,
    onHover: (id: string | null, point: Point | null) => void,
  ) => PlacedLabels
}
