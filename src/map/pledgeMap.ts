import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type DataDrivenPropertyValueSpecification,
  type PaddingOptions,
} from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url'
import 'maplibre-gl/dist/maplibre-gl.css'
import type { ContextCollection, DistrictCollection } from '../types/geo'
import { boundsOf } from './bounds'
import { hatchImage, hexToRgb } from './hatch'
import { addLabels, declutterLabels, type MapLabel } from './labels'
import { buildStyle, LAYER, NO_DATA_PATTERN, SOURCE } from './style'
import type { MapTheme } from './theme'

export interface PledgeMapOptions {
  container: HTMLElement
  districts: DistrictCollection
  context: ContextCollection | null
  labels: readonly MapLabel[]
  theme: MapTheme
  attribution: string
  /** Space kept free around Qingdao when fitting, e.g. for the side panel. */
  padding: () => PaddingOptions | number
  onSelect: (id: string | null) => void
  onHover: (id: string | null) => void
}

/** Fill colour per district id; ids missing from `colours` are drawn with `fallback`. */
export interface DistrictFill {
  colours: Record<string, string>
  fallback: string
  noData: readonly string[]
}

/**
 * The one place that talks to MapLibre. Everything it is given is plain data built by pure
 * functions; it turns that into imperative calls and reports user actions through callbacks.
 */
export function createPledgeMap(options: PledgeMapOptions) {
  setWorkerUrl(workerUrl)
  const { container, districts, theme } = options
  const bounds = boundsOf(districts)
  const map = new MapLibreMap({
    container,
    style: buildStyle(districts, options.context, theme),
    bounds,
    fitBoundsOptions: { padding: options.padding() },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    maxZoom: 13,
    minZoom: 5,
    // Keyboard panning would steal the arrow keys from the area list and presentation mode.
    keyboard: false,
  })
  map.touchZoomRotate.disableRotation()
  map.addControl(
    new AttributionControl({
      compact: container.clientWidth < 640,
      customAttribution: options.attribution,
    }),
  )
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right')
  map.addImage(
    NO_DATA_PATTERN,
    hatchImage(16, hexToRgb(theme.noDataHatch), hexToRgb(theme.noDataBackground)),
  )

  let hovered: string | null = null
  let selected: string | null = null
  const setState = (id: string | null, key: 'hover' | 'selected', value: boolean) => {
    if (id) map.setFeatureState({ source: SOURCE.districts, id }, { [key]: value })
  }

  map.on('mousemove', LAYER.districtFill, (e) => {
    const id = e.features?.[0]?.properties?.id
    if (typeof id === 'string' && id !== hovered) options.onHover(id)
    map.getCanvas().style.cursor = 'pointer'
  })
  map.on('mouseleave', LAYER.districtFill, () => {
    options.onHover(null)
    map.getCanvas().style.cursor = ''
  })
  map.on('click', (e) => {
    const [feature] = map.queryRenderedFeatures(e.point, { layers: [LAYER.districtFill] })
    const id = feature?.properties?.id
    options.onSelect(typeof id === 'string' ? id : null)
  })
  // A real signal for tests and the benchmark: the map is idle and has drawn these districts.
  map.on('idle', () => {
    const ids = new Set(
      map.queryRenderedFeatures({ layers: [LAYER.districtFill] }).map((f) => f.properties?.id),
    )
    container.dataset.renderedDistricts = String(ids.size)
    container.dataset.mapState = 'idle'
  })

  const labels = addLabels(map, options.labels, (id) => options.onSelect(id), options.onHover)
  const declutter = () =>
    declutterLabels(options.labels, labels, new Set([selected, hovered].filter((x) => x !== null)))
  map.on('moveend', declutter)
  map.once('load', declutter)
  const fit = (animate: boolean) => map.fitBounds(bounds, { padding: options.padding(), animate })
  const resizeObserver = new ResizeObserver(() => {
    map.resize()
    if (!selected) fit(false)
  })
  resizeObserver.observe(container)

  return {
    setHovered(id: string | null) {
      setState(hovered, 'hover', false)
      hovered = id
      setState(hovered, 'hover', true)
      labels.forEach(({ element }, key) => element.classList.toggle('is-hovered', key === id))
    },
    setSelected(id: string | null) {
      setState(selected, 'selected', false)
      selected = id
      setState(selected, 'selected', true)
      labels.forEach(({ element }, key) => {
        element.classList.toggle('is-selected', key === id)
        element.setAttribute('aria-pressed', String(key === id))
      })
      declutter()
    },
    /** Recolours the districts by changing paint properties only; geometry stays on the GPU. */
    setFill(fill: DistrictFill) {
      const entries = Object.entries(fill.colours)
      const [first, ...rest] = entries
      const colour: DataDrivenPropertyValueSpecification<string> = first
        ? ['match', ['get', 'id'], first[0], first[1], ...rest.flat(), fill.fallback]
        : fill.fallback
      map.setPaintProperty(LAYER.districtFill, 'fill-color', colour)
      map.setFilter(LAYER.districtNoData, ['in', ['get', 'id'], ['literal', [...fill.noData]]])
    },
    fitAll: () => fit(true),
    destroy() {
      resizeObserver.disconnect()
      map.remove()
    },
  }
}

export type PledgeMap = ReturnType<typeof createPledgeMap>
