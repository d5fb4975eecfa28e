import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
  type PaddingOptions,
} from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url'
import 'maplibre-gl/dist/maplibre-gl.css'
import type { ContextCollection, DistrictCollection } from '../types/geo'
import { boundsOf } from './bounds'
import { hatchImage, hexToRgb } from './hatch'
import { wirePointer, type PointerHandlers } from './interactions'
import { addLabels, declutterLabels, type MapLabel } from './labels'
import type { AreaPaint } from './paint'
import { buildStyle, LAYER, NO_DATA_PATTERN, SOURCE, ZONE_LAYERS } from './style'
import { themePaint, type MapTheme } from './theme'
import type { ZoneFeatures } from './zoneFeatures'

export interface Camera {
  lon: number
  lat: number
  zoom: number
}

export interface PledgeMapOptions extends PointerHandlers {
  container: HTMLElement
  districts: DistrictCollection
  context: ContextCollection | null
  zones: ZoneFeatures
  labels: readonly MapLabel[]
  theme: MapTheme
  attribution: string
  camera: Camera | null
  /** Space kept free around Qingdao when fitting, e.g. for the side panel. */
  padding: () => PaddingOptions | number
  onCameraChange: (camera: Camera) => void
  /** Called once, when the districts have first been drawn. */
  onInteractive?: () => void
  /** Called with true when the browser takes the WebGL context away, false when it is back. */
  onContextLost?: (lost: boolean) => void
}

/**
 * The one place that talks to MapLibre. Everything it is given is plain data built by pure
 * functions; it turns that into imperative calls and reports user actions through callbacks.
 */
export function createPledgeMap(options: PledgeMapOptions) {
  setWorkerUrl(workerUrl)
  const { container, districts, theme } = options
  const bounds = boundsOf(districts)
  const zoneIds = new Set(options.zones.points.features.map((f) => f.properties.id))
  const map = new MapLibreMap({
    container,
    style: buildStyle(districts, options.context, options.zones, theme),
    ...(options.camera
      ? { center: [options.camera.lon, options.camera.lat], zoom: options.camera.zoom }
      : { bounds, fitBoundsOptions: { padding: options.padding() } }),
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
  map.addImage(
    NO_DATA_PATTERN,
    hatchImage(16, hexToRgb(theme.noDataHatch), hexToRgb(theme.noDataBackground)),
  )

  let hovered: string | null = null
  let selected: string | null = null
  const sourceOf = (id: string) => (zoneIds.has(id) ? SOURCE.zonePoints : SOURCE.districts)
  /**
   * Style calls made before the first `load` are queued until then. (`isStyleLoaded()` is not
   * the test: it turns false again whenever a source reloads, after `load` has fired for good.)
   */
  let loaded = false
  const queue: (() => void)[] = []
  map.once('load', () => {
    loaded = true
    queue.splice(0).forEach((fn) => fn())
  })
  const whenLoaded = (fn: () => void) => (loaded ? fn() : queue.push(fn))

  const setState = (id: string | null, key: 'hover' | 'selected', value: boolean) => {
    if (!id) return
    if (!loaded) {
      whenLoaded(() => setState(id, key, value))
      return
    }
    map.setFeatureState({ source: sourceOf(id), id }, { [key]: value })
    if (zoneIds.has(id))
      map.setFeatureState({ source: SOURCE.zoneFootprints, id }, { [key]: value })
  }
  wirePointer(map, options)

  let interactive = false
  // A real signal for tests and the benchmark: the map is idle and has drawn these districts.
  map.on('idle', () => {
    const ids = new Set(
      map.queryRenderedFeatures({ layers: [LAYER.districtFill] }).map((f) => f.properties?.id),
    )
    container.dataset.renderedDistricts = String(ids.size)
    container.dataset.mapState = 'idle'
    if (!interactive && ids.size > 0) {
      interactive = true
      performance.mark('map-interactive')
      options.onInteractive?.()
      if (performance.getEntriesByName('choropleth-paint').length === 0) {
        performance.mark('choropleth-paint')
      }
    }
  })

  const labels = addLabels(map, options.labels, (id) => options.onSelect(id), options.onHover)
  const declutter = () =>
    declutterLabels(options.labels, labels, new Set([selected, hovered].filter((x) => x !== null)))
  map.on('moveend', declutter)
  map.once('load', declutter)
  const fit = (animate: boolean) => map.fitBounds(bounds, { padding: options.padding(), animate })
  let userMoved = options.camera !== null
  map.on('dragstart', () => (userMoved = true))
  map.on('zoomstart', (e) => {
    if (e.originalEvent) userMoved = true
  })
  map.on('webglcontextlost', () => options.onContextLost?.(true))
  map.on('webglcontextrestored', () => options.onContextLost?.(false))
  map.on('moveend', () => {
    // Only a view the user chose is worth sharing; fitted views follow the screen size.
    if (!userMoved) return
    const c = map.getCenter()
    options.onCameraChange({ lon: c.lng, lat: c.lat, zoom: map.getZoom() })
  })
  // For tests: how long the last camera move took (0 for a cut, e.g. with reduced motion).
  let moveStart = 0
  map.on('movestart', () => (moveStart = performance.now()))
  map.on('moveend', () => {
    container.dataset.lastMoveMs = String(Math.round(performance.now() - moveStart))
  })
  const resizeObserver = new ResizeObserver(() => {
    map.resize()
    if (!selected && !userMoved) fit(false)
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
    /** Recolours the districts through feature-state only: no re-tiling, geometry stays on the GPU. */
    setDistrictPaint(paint: AreaPaint) {
      whenLoaded(() => {
        const noData = new Set(paint.noData)
        for (const f of districts.features) {
          const id = f.properties.id
          map.setFeatureState(
            { source: SOURCE.districts, id },
            {
              fill: paint.colours[id] ?? null,
              nodata: noData.has(id),
              faded: paint.keep !== null && !paint.keep.has(id),
              highlight: paint.highlight?.has(id) ?? false,
            },
          )
        }
        labels.forEach(({ element }, id) =>
          element.classList.toggle(
            'is-faded',
            !!paint.keep && !zoneIds.has(id) && !paint.keep.has(id),
          ),
        )
        // The new colours are on screen once the next frame has been drawn (no tile reload needed).
        map.once('render', () => requestAnimationFrame(() => performance.mark('metric-applied')))
        map.triggerRepaint()
      })
    },
    setZonePaint(paint: AreaPaint) {
      whenLoaded(() => {
        for (const id of zoneIds) {
          const fill = paint.colours[id] ?? paint.fallback
          map.setFeatureState({ source: SOURCE.zonePoints, id }, { fill })
          map.setFeatureState({ source: SOURCE.zoneFootprints, id }, { fill })
        }
      })
    },
    setZonesVisible(visible: boolean) {
      whenLoaded(() => {
        for (const id of ZONE_LAYERS)
          map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none')
        labels.forEach(({ element }, id) => {
          if (zoneIds.has(id)) element.classList.toggle('is-off', !visible)
        })
      })
    },
    setZones(zones: ZoneFeatures) {
      whenLoaded(() => {
        map.getSource<GeoJSONSource>(SOURCE.zonePoints)?.setData(zones.points)
        map.getSource<GeoJSONSource>(SOURCE.zoneFootprints)?.setData(zones.footprints)
      })
    },
    fitAll: (animate = true) => fit(animate),
    /** Adds the neighbouring cities (loaded after the first draw) with their labels. */
    setContext(context: ContextCollection, contextLabels: readonly MapLabel[]) {
      whenLoaded(() => {
        map.getSource<GeoJSONSource>(SOURCE.context)?.setData(context)
        addLabels(
          map,
          contextLabels,
          () => undefined,
          () => undefined,
        )
      })
    },
    /** The camera as it is now, to put back later with `jumpTo`. */
    getCamera(): Camera {
      const c = map.getCenter()
      return { lon: c.lng, lat: c.lat, zoom: map.getZoom() }
    },
    jumpTo(camera: Camera) {
      map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom })
    },
    /** Switches light/dark colours by paint properties only: same map, sources and camera. */
    setTheme(next: MapTheme) {
      whenLoaded(() => {
        for (const p of themePaint(next)) {
          // The values are valid paint values for their layers by construction (see themePaint).
          map.setPaintProperty(p.layer, p.property as never, p.value as never)
        }
        map.updateImage(
          NO_DATA_PATTERN,
          hatchImage(16, hexToRgb(next.noDataHatch), hexToRgb(next.noDataBackground)),
        )
      })
    },
    /** Brings an area into view: a district's bounds, or a zone's neighbourhood. */
    focusArea(id: string, animate = true) {
      const district = districts.features.find((f) => f.properties.id === id)
      if (district) {
        const b = boundsOf({ type: 'FeatureCollection', features: [district] })
        map.fitBounds(b, { padding: options.padding(), maxZoom: 10.5, animate })
        return
      }
      const zone = options.zones.points.features.find((f) => f.properties.id === id)
      const [lon, lat] = zone?.geometry.coordinates ?? []
      if (lon !== undefined && lat !== undefined) {
        map.easeTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 9.5), animate })
      }
    },
    canvas: () => map.getCanvas(),
    destroy() {
      resizeObserver.disconnect()
      map.remove()
    },
  }
}

export type PledgeMap = ReturnType<typeof createPledgeMap>
