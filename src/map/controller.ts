import type { GeoJSONSource } from 'maplibre-gl'
import type { Ref } from 'vue'
import { boundsOf, FOCUS_MAX_ZOOM, paddedOffset, type Bounds } from './bounds'
import { hatchImage, hexToRgb } from './hatch'
import { declutterLabels, type MapLabel } from './labels'
import { changedStates, type FeatureState, type FeatureStates } from './paint'
import { bindLabelTaps, bindPointer, idOf, type Point } from './pointer'
import { screenBox } from './screenBox'
import {
  INTERACTIVE_LAYERS,
  LAYER,
  NO_DATA_PATTERN,
  SOURCE,
  THEME_STATE,
  ZONE_LAYERS,
} from './style'
import { THEMES, type MapTheme, type ThemeName } from './theme'

export type * from './controllerTypes'
import type {
  Camera,
  MapData,
  MapPaint,
  FocusOptions,
  MapEvents,
  MapLike,
  PlacedLabels,
  ControllerOptions,
} from './controllerTypes'

/** The no-data hatch in a theme's colours, as the pixels `addImage`/`updateImage` take. */
export const noDataHatch = (theme: MapTheme) =>
  hatchImage(16, hexToRgb(theme.noDataHatch), hexToRgb(theme.noDataBackground))

/**
 * The one object that talks to MapLibre. Inputs arrive as plain data through commands (see
 * bindMap.ts for the watchers that call them), user actions leave as events, and the camera moves
 * only on an explicit command. Style commands wait for `loaded`, the single readiness signal:
 * before it they do nothing, and the watchers run again when it turns true.
 */
export function createMapController(map: MapLike, options: ControllerOptions) {
  const { container } = options
  const { loaded, interactive, contextLost } = options.status

  const listeners: { [K in keyof MapEvents]: Set<MapEvents[K]> } = {
    select: new Set(),
    hover: new Set(),
    camera: new Set(),
  }
  const emitSelect = (id: string | null) => listeners.select.forEach((fn) => fn(id))
  const emitHover = (id: string | null, point: Point | null) =>
    listeners.hover.forEach((fn) => fn(id, point))

  let data = options.data
  let bounds: Bounds = boundsOf(data.districts)
  let zoneIds = new Set(data.zones.points.features.map((f) => f.properties.id))
  let paint: MapPaint | null = null
  let hovered: string | null = null
  let selected: string | null = null
  let saved: Camera | null = null
  /**
   * The paint feature-state last sent per source: MapLibre re-evaluates the paint arrays of
   * every feature whose state is set, changed or not, so a repaint sends only what changed.
   * Emptied whenever the style drops its feature-state (a lost context).
   */
  const sent = new Map<string, FeatureStates>()
  /** Whether the camera or the districts changed since the rendered districts were counted. */
  let recount = true
  /** A repaint's frame is awaited (several paints before one frame share it and its mark). */
  let repaintPending = false

  const place = (labels: readonly MapLabel[], clickable: boolean) =>
    clickable
      ? options.placeLabels(labels, emitSelect, emitHover)
      : options.placeLabels(
          labels,
          () => undefined,
          () => undefined,
        )
  let areaLabels = place(data.labels, true)
  let contextLabels = place(data.contextLabels, false)
  const removeLabels = (placed: PlacedLabels) => placed.forEach(({ marker }) => marker.remove())

  /** Label classes follow the selection, hover, legend filter and zone toggle. */
  function styleLabels() {
    areaLabels.forEach(({ element }, id) => {
      element.classList.toggle('is-hovered', id === hovered)
      element.classList.toggle('is-selected', id === selected)
      element.setAttribute('aria-pressed', String(id === selected))
      const keep = paint?.districts.keep
      element.classList.toggle('is-faded', !!keep && !zoneIds.has(id) && !keep.has(id))
      if (zoneIds.has(id)) {
        element.classList.toggle('is-off', paint?.zonesVisible === false)
        // The label sits just below its zone's symbol, whose size follows the value.
        const r = paint?.zones.radius[id] ?? paint?.zones.noDataRadius
        if (r !== undefined) element.style.setProperty('--zone-r', `${Math.round(r)}px`)
      }
    })
  }
  // The neighbouring cities' labels are left out: they are few and lie outside Qingdao.
  const declutter = () =>
    declutterLabels(
      data.labels,
      areaLabels,
      new Set([selected, hovered].filter((x) => x !== null)),
      // Areas without a figure lose a collision first; zones without a radius have none.
      new Set([
        ...(paint?.districts.noData ?? []),
        ...[...zoneIds].filter((id) => paint && paint.zones.radius[id] === undefined),
      ]),
    )

  /** Sends the states that differ from the last ones sent to `source`. */
  function sendStates(source: string, next: FeatureStates) {
    const before = sent.get(source) ?? new Map()
    for (const [id, state] of changedStates(before, next)) {
      map.setFeatureState({ source, id }, state)
    }
    sent.set(source, next)
  }

  const sourceOf = (id: string) => (zoneIds.has(id) ? SOURCE.zonePoints : SOURCE.districts)
  function setState(id: string | null, key: 'hover' | 'selected', value: boolean) {
    if (!id || !loaded.value) return
    map.setFeatureState({ source: sourceOf(id), id }, { [key]: value })
    if (zoneIds.has(id))
      map.setFeatureState({ source: SOURCE.zoneFootprints, id }, { [key]: value })
  }

  bindPointer(map, INTERACTIVE_LAYERS, { select: emitSelect, hover: emitHover })
  const unbindLabelTaps = bindLabelTaps(container, emitSelect)

  map.once('load', () => {
    loaded.value = true
    declutter()
  })
  // A real signal for tests and the benchmark: the map is idle and has drawn these districts.
  // Counted again only when what is drawn can have changed (camera, data, style): the query
  // decodes every tile's geometry, and a recolour's frame should not wait for it.
  map.on('move', () => (recount = true))
  map.on('idle', () => {
    if (!recount && interactive.value) {
      container.dataset.mapState = 'idle'
      return
    }
    const ids = new Set(
      map.queryRenderedFeatures({ layers: [LAYER.districtFill] }).map((f) => idOf(f)),
    )
    recount = ids.size === 0
    container.dataset.renderedDistricts = String(ids.size)
    container.dataset.mapState = 'idle'
    if (!interactive.value && ids.size > 0) {
      interactive.value = true
      performance.mark('map-interactive')
      if (performance.getEntriesByName('choropleth-paint').length === 0) {
        performance.mark('choropleth-paint')
      }
    }
  })
  // A lost context takes the style with it: MapLibre rebuilds it on restore from a snapshot that
  // keeps sources, layers and images but drops feature-state (the colours, selection, hover).
  // So the loss ends readiness, and the rebuilt style's `style.load` starts it again: every
  // watcher in bindMap.ts then re-applies its latest value, exactly as after the first `load`.
  map.on('webglcontextlost', () => {
    loaded.value = false
    contextLost.value = true
    sent.clear()
    recount = true
    // Tests wait for a fresh `idle`, drawn by the rebuilt style.
    container.dataset.mapState = 'lost'
  })
  map.on('webglcontextrestored', () => {
    map.once('style.load', () => {
      loaded.value = true
      contextLost.value = false
      declutter()
    })
  })

  let userMoved = options.camera !== null
  map.on('dragstart', () => (userMoved = true))
  map.on('zoomstart', (e) => {
    if (e.originalEvent) userMoved = true
  })
  const current = (): Camera => {
    const c = map.getCenter()
    return { lon: c.lng, lat: c.lat, zoom: map.getZoom() }
  }
  // For tests: how long the last camera move took (0 for a cut, e.g. with reduced motion).
  let moveStart = 0
  map.on('movestart', () => (moveStart = performance.now()))
  map.on('moveend', () => {
    container.dataset.lastMoveMs = String(Math.round(performance.now() - moveStart))
    // For tests: where the selected area lies on screen, to check it is framed clear of overlays.
    markSelectedBox()
    declutter()
    // Only a view the user chose is worth sharing; fitted views follow the screen size.
    if (userMoved) listeners.camera.forEach((fn) => fn(current()))
  })

  const markSelectedBox = () =>
    (container.dataset.selectedBox = selected
      ? screenBox(data, selected, (c) => map.project(c))
      : '')
  const fit = (animate: boolean) => map.fitBounds(bounds, { padding: options.padding(), animate })

  /**
   * Brings an area into view: a district's bounds (or the `bounds` given, e.g. its mainland), or
   * a zone's neighbourhood. `padding` replaces the layout's for this move (the presentation's).
   */
  function focus(id: string, { animate = true, bounds: frame, padding: given }: FocusOptions = {}) {
    const district = data.districts.features.find((f) => f.properties.id === id)
    if (district) {
      const b = frame ?? boundsOf({ type: 'FeatureCollection', features: [district] })
      map.fitBounds(b, { padding: given ?? options.padding(), maxZoom: FOCUS_MAX_ZOOM, animate })
      return
    }
    const zone = data.zones.points.features.find((f) => f.properties.id === id)
    const [lon, lat] = zone?.geometry.coordinates ?? []
    if (lon !== undefined && lat !== undefined) {
      // Centred in the part of the map the overlays leave free (a phone's sheet covers half).
      const padding = given ?? options.padding()
      const offset =
        typeof padding === 'number'
          ? undefined
          : paddedOffset({ top: 0, bottom: 0, left: 0, right: 0, ...padding })
      map.easeTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 9.5), offset, animate })
    }
  }

  return {
    loaded: loaded as Readonly<Ref<boolean>>,
    interactive: interactive as Readonly<Ref<boolean>>,
    contextLost: contextLost as Readonly<Ref<boolean>>,

    on<K extends keyof MapEvents>(type: K, fn: MapEvents[K]): () => void {
      listeners[type].add(fn)
      return () => listeners[type].delete(fn)
    },

    /** Replaces the parts of the data that changed (sources and labels; geometry is re-tiled). */
    setData(next: MapData) {
      if (!loaded.value) return
      if (next.districts !== data.districts) {
        map.getSource<GeoJSONSource>(SOURCE.districts)?.setData(next.districts)
        bounds = boundsOf(next.districts)
        recount = true
      }
      if (next.context !== data.context) {
        map
          .getSource<GeoJSONSource>(SOURCE.context)
          ?.setData(next.context ?? { type: 'FeatureCollection', features: [] })
      }
      if (next.zones !== data.zones) {
        map.getSource<GeoJSONSource>(SOURCE.zonePoints)?.setData(next.zones.points)
        map.getSource<GeoJSONSource>(SOURCE.zoneFootprints)?.setData(next.zones.footprints)
        zoneIds = new Set(next.zones.points.features.map((f) => f.properties.id))
      }
      if (next.labels !== data.labels) {
        removeLabels(areaLabels)
        areaLabels = place(next.labels, true)
      }
      if (next.contextLabels !== data.contextLabels) {
        removeLabels(contextLabels)
        contextLabels = place(next.contextLabels, false)
      }
      data = next
      styleLabels()
      declutter()
    },

    /** Recolours through feature-state only: no re-tiling, geometry stays on the GPU. */
    setPaint(next: MapPaint) {
      if (!loaded.value) return
      paint = next
      const d = next.districts
      const noData = new Set(d.noData)
      const districtStates = new Map<string, FeatureState>()
      for (const f of data.districts.features) {
        const id = f.properties.id
        districtStates.set(id, {
          fill: d.colours[id] ?? null,
          nodata: noData.has(id),
          faded: d.keep !== null && !d.keep.has(id),
          highlight: d.highlight?.has(id) ?? false,
        })
      }
      // Zones are proportional symbols: a radius per zone, a hollow ring where none is reported.
      const z = next.zones
      const zoneStates = new Map<string, FeatureState>()
      for (const id of zoneIds) {
        const radius = z.radius[id]
        zoneStates.set(id, { radius: radius ?? z.noDataRadius, nodata: radius === undefined })
      }
      sendStates(SOURCE.districts, districtStates)
      sendStates(SOURCE.zonePoints, zoneStates)
      const visibility = next.zonesVisible ? 'visible' : 'none'
      for (const id of ZONE_LAYERS) {
        if (map.getLayoutProperty(id, 'visibility') !== visibility) {
          map.setLayoutProperty(id, 'visibility', visibility)
        }
      }
      styleLabels()
      // Which areas have a figure changed with the metric: the collision order follows it. Done
      // in the frame that draws the new colours, after Vue has patched the legend and the table,
      // so the page is laid out once for both, and labels and fills change in the same frame.
      if (!repaintPending) {
        repaintPending = true
        map.once('render', () => {
          repaintPending = false
          declutter()
          // The frame with the new colours (MapLibre has drawn them into its canvas) goes to the
          // compositor when this animation-frame task ends; the mark follows in the next task.
          setTimeout(() => performance.mark('metric-applied'), 0)
        })
      }
      map.triggerRepaint()
    },

    setSelected(id: string | null) {
      if (!loaded.value) return
      setState(selected, 'selected', false)
      selected = id
      setState(selected, 'selected', true)
      markSelectedBox()
      styleLabels()
      declutter()
    },

    setHovered(id: string | null) {
      if (!loaded.value) return
      setState(hovered, 'hover', false)
      hovered = id
      setState(hovered, 'hover', true)
      styleLabels()
    },

    /**
     * Switches every themed colour with one global-state change (see `themed` in style.ts). The
     * no-data hatch is an image, not a paint value, so it is redrawn here.
     */
    setTheme(name: ThemeName) {
      if (!loaded.value) return
      map.setGlobalStateProperty(THEME_STATE, name)
      map.updateImage(NO_DATA_PATTERN, noDataHatch(THEMES[name]))
    },

    focus,
    fitAll({ animate = true, padding }: Omit<FocusOptions, 'bounds'> = {}) {
      if (padding) map.fitBounds(bounds, { padding, animate })
      else fit(animate)
    },
    /** Remembers the camera (once: a second call keeps the first), for `restoreCamera`. */
    saveCamera() {
      saved ??= current()
    },
    /** Puts the saved camera back with a cut; false when nothing was saved. */
    restoreCamera(): boolean {
      if (!saved) return false
      map.jumpTo({ center: [saved.lon, saved.lat], zoom: saved.zoom })
      saved = null
      return true
    },
    camera: current,
    /**
     * What covers the map changed (a phone's sheet opened or closed): the selected area, or
     * Qingdao unless the user chose a view, is framed again in the part left free.
     */
    refit({ animate = true }: { animate?: boolean } = {}) {
      if (selected) focus(selected, { animate })
      else if (!userMoved) fit(animate)
    },
    /** The container changed size: keep Qingdao fitted unless the user chose a view. */
    resize() {
      map.resize()
      if (!selected && !userMoved) fit(false)
    },
    /**
     * Folds MapLibre's compact attribution to its (i) button: it opens unfolded, and on a phone
     * it would cover a fifth of the map. The credit stays one tap away.
     */
    foldAttribution() {
      const attribution = container.querySelector('.maplibregl-ctrl-attrib.maplibregl-compact')
      attribution?.classList.remove('maplibregl-compact-show')
      attribution?.removeAttribute('open')
    },
    /** The drawing canvas (it keeps its buffer, so the PNG export can copy it). */
    canvas: (): HTMLCanvasElement => map.getCanvas(),
    destroy() {
      unbindLabelTaps()
      removeLabels(areaLabels)
      removeLabels(contextLabels)
      map.remove()
    },
  }
}

export type MapController = ReturnType<typeof createMapController>
