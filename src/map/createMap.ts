import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type PaddingOptions,
} from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url'
import 'maplibre-gl/dist/maplibre-gl.css'
import { boundsOf } from './bounds'
import {
  createMapController,
  noDataHatch,
  type Camera,
  type MapData,
  type MapStatus,
} from './controller'
import { addLabels } from './labels'
import { buildStyle, NO_DATA_PATTERN } from './style'
import { THEMES, type ThemeName } from './theme'

export interface CreateMapOptions {
  container: HTMLElement
  status: MapStatus
  data: MapData
  theme: ThemeName
  attribution: string
  camera: Camera | null
  padding: () => PaddingOptions | number
}

/**
 * Creates the MapLibre map with its style, controls and hatch image, and hands it to the
 * controller. Throws when WebGL is unavailable (the caller shows the static map).
 */
export function createMap(options: CreateMapOptions) {
  setWorkerUrl(workerUrl)
  const { container, data, theme } = options
  const map = new MapLibreMap({
    container,
    style: buildStyle(data.districts, data.context, data.zones, theme),
    ...(options.camera
      ? { center: [options.camera.lon, options.camera.lat], zoom: options.camera.zoom }
      : { bounds: boundsOf(data.districts), fitBoundsOptions: { padding: options.padding() } }),
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    maxZoom: 13,
    minZoom: 5,
    // Keyboard panning would steal the arrow keys from the area list and presentation mode.
    keyboard: false,
    // Lets the PNG export read the canvas after drawing.
    canvasContextAttributes: { preserveDrawingBuffer: true },
  })
  map.touchZoomRotate.disableRotation()
  const compact = container.clientWidth < 640
  map.addControl(new AttributionControl({ compact, customAttribution: options.attribution }))
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right')
  map.addImage(NO_DATA_PATTERN, noDataHatch(THEMES[theme]))
  return createMapController(map, {
    container,
    status: options.status,
    data,
    camera: options.camera,
    padding: options.padding,
    placeLabels: (labels, onActivate, onHover) => addLabels(map, labels, onActivate, onHover),
  })
}
