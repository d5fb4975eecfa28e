import type { PaddingOptions } from 'maplibre-gl'
import { effectScope, nextTick, ref } from 'vue'
import { describe, expect, it, vi } from 'vitest'
import { bindMap, mapStatus } from '../../../src/map/bindMap'
import { createMapController, type MapLike, type MapPaint } from '../../../src/map/controller'
import { LAYER, SOURCE, THEME_STATE, ZONE_LAYERS } from '../../../src/map/style'
import type { ThemeName } from '../../../src/map/theme'
import { zoneFeatures } from '../../../src/map/zoneFeatures'
import { mapData, zone } from './fixtures'

type Listener = (event: Record<string, unknown>) => void

/**
 * A stand-in for MapLibre's Map with only the methods the controller calls: it records the
 * imperative calls and lets a test fire map events, optionally scoped to layers.
 */
function fakeMap() {
  const calls: [string, ...unknown[]][] = []
  const listeners: { type: string; layers: string[] | null; fn: Listener; once: boolean }[] = []
  let center = { lng: 120.4, lat: 36.1 }
  let zoom = 8
  const sources = new Map<string, { setData: (d: unknown) => void }>()
  const source = (id: string) => {
    if (!sources.has(id)) sources.set(id, { setData: (d) => calls.push(['setData', id, d]) })
    return sources.get(id)
  }
  const map = {
    on(type: string, a: string[] | Listener, b?: Listener) {
      listeners.push(
        Array.isArray(a)
          ? { type, layers: a, fn: b!, once: false }
          : { type, layers: null, fn: a, once: false },
      )
      return map
    },
    once(type: string, fn: Listener) {
      listeners.push({ type, layers: null, fn, once: true })
      return map
    },
    getSource: (id: string) => source(id),
    setFeatureState: (target: unknown, state: unknown) =>
      calls.push(['setFeatureState', target, state]),
    setLayoutProperty: (...args: unknown[]) => calls.push(['setLayoutProperty', ...args]),
    getLayoutProperty: () => undefined,
    setGlobalStateProperty: (...args: unknown[]) => calls.push(['setGlobalStateProperty', ...args]),
    updateImage: (name: string) => calls.push(['updateImage', name]),
    fitBounds: (...args: unknown[]) => calls.push(['fitBounds', ...args]),
    easeTo: (...args: unknown[]) => calls.push(['easeTo', ...args]),
    jumpTo: (options: { center: [number, number]; zoom: number }) => {
      calls.push(['jumpTo', options])
      center = { lng: options.center[0], lat: options.center[1] }
      zoom = options.zoom
    },
    getCenter: () => center,
    getZoom: () => zoom,
    project: ([lng, lat]: [number, number]) => ({ x: lng * 10, y: lat * 10 }),
    getCanvas: () => ({ style: { cursor: '' } }),
    queryRenderedFeatures: () => [],
    triggerRepaint: () => calls.push(['triggerRepaint']),
    resize: () => calls.push(['resize']),
    remove: () => calls.push(['remove']),
  }
  /** Fires a map event; layer-scoped listeners get `features` when one of their layers is hit. */
  function fire(
    type: string,
    event: Record<string, unknown> = {},
    hit?: { layer: string; id: string },
  ) {
    for (const l of [...listeners]) {
      if (l.type !== type) continue
      if (l.layers && type !== 'mouseleave') {
        if (!hit || !l.layers.includes(hit.layer)) continue
        l.fn({ ...event, features: [{ properties: { id: hit.id } }] })
      } else l.fn(event)
      if (l.once) listeners.splice(listeners.indexOf(l), 1)
    }
  }
  return {
    map: map as unknown as MapLike,
    calls,
    fire,
    move: (c: typeof center, z: number) => ((center = c), (zoom = z)),
  }
}

function setup(padding: () => PaddingOptions | number = () => 10) {
  const fake = fakeMap()
  const container = {
    dataset: {},
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  } as unknown as HTMLElement
  const controller = createMapController(fake.map, {
    container,
    status: mapStatus(),
    data: mapData(),
    camera: null,
    padding,
    placeLabels: () => new Map(),
  })
  return { ...fake, controller, container }
}

const paint = (zonesVisible = true): MapPaint => ({
  districts: {
    colours: { laoshan: '#ff0000' },
    fallback: '#eee',
    noData: ['shinan'],
    keep: null,
    highlight: null,
  },
  zones: { radius: { 'laoshan-zone': 12 }, noData: [], noDataRadius: 4 },
  zonesVisible,
})

/** The controller bound to reactive inputs, as useMapView does it, inside a scope a test can stop. */
function bound() {
  const s = setup()
  const inputs = {
    data: ref(mapData()),
    paint: ref(paint()),
    selectedId: ref<string | null>(null),
    hoveredId: ref<string | null>(null),
    theme: ref<ThemeName>('light'),
  }
  const scope = effectScope()
  scope.run(() =>
    bindMap(s.controller, {
      data: () => inputs.data.value,
      paint: () => inputs.paint.value,
      selectedId: () => inputs.selectedId.value,
      hoveredId: () => inputs.hoveredId.value,
      theme: () => inputs.theme.value,
    }),
  )
  return { ...s, inputs, scope }
}

const featureStates = (calls: [string, ...unknown[]][]) =>
  calls.filter((c) => c[0] === 'setFeatureState').map((c) => [c[1], c[2]])

describe('the map controller bound to reactive inputs', () => {
  it('touches no style before MapLibre has loaded', async () => {
    const { calls, inputs } = bound()
    inputs.selectedId.value = 'laoshan'
    inputs.theme.value = 'dark'
    await nextTick()
    expect(calls).toEqual([])
  })

  it('applies the latest inputs once loaded, nothing queued', async () => {
    const { calls, inputs, fire, controller } = bound()
    inputs.selectedId.value = 'shinan'
    inputs.selectedId.value = 'laoshan'
    fire('load')
    expect(controller.loaded.value).toBe(true)
    await nextTick()
    const selected = featureStates(calls).filter(([, state]) => 'selected' in (state as object))
    expect(selected).toEqual([[{ source: SOURCE.districts, id: 'laoshan' }, { selected: true }]])
  })

  it('moves the selection outline from the old area to the new one', async () => {
    const { calls, inputs, fire } = bound()
    fire('load')
    inputs.selectedId.value = 'laoshan'
    await nextTick()
    calls.length = 0
    inputs.selectedId.value = 'shinan'
    await nextTick()
    expect(featureStates(calls)).toEqual([
      [{ source: SOURCE.districts, id: 'laoshan' }, { selected: false }],
      [{ source: SOURCE.districts, id: 'shinan' }, { selected: true }],
    ])
  })

  it('marks a hovered zone on both its point and its footprint', async () => {
    const { calls, inputs, fire } = bound()
    fire('load')
    await nextTick()
    calls.length = 0
    inputs.hoveredId.value = 'laoshan-zone'
    await nextTick()
    expect(featureStates(calls)).toEqual([
      [{ source: SOURCE.zonePoints, id: 'laoshan-zone' }, { hover: true }],
      [{ source: SOURCE.zoneFootprints, id: 'laoshan-zone' }, { hover: true }],
    ])
  })

  it('switches the theme with one global-state call and a new hatch image', async () => {
    const { calls, inputs, fire } = bound()
    fire('load')
    await nextTick()
    calls.length = 0
    inputs.theme.value = 'dark'
    await nextTick()
    expect(calls).toEqual([
      ['setGlobalStateProperty', THEME_STATE, 'dark'],
      ['updateImage', 'no-data-hatch'],
    ])
  })

  it('recolours districts through feature-state and hides the zone layers', async () => {
    const { calls, inputs, fire } = bound()
    fire('load')
    await nextTick()
    expect(featureStates(calls)).toContainEqual([
      { source: SOURCE.districts, id: 'laoshan' },
      { fill: '#ff0000', nodata: false, faded: false, highlight: false },
    ])
    expect(featureStates(calls)).toContainEqual([
      { source: SOURCE.districts, id: 'shinan' },
      { fill: null, nodata: true, faded: false, highlight: false },
    ])
    calls.length = 0
    inputs.paint.value = paint(false)
    await nextTick()
    for (const layer of ZONE_LAYERS) {
      expect(calls).toContainEqual(['setLayoutProperty', layer, 'visibility', 'none'])
    }
  })

  it('sends only the feature-state that changed: MapLibre repaints every feature it is given', async () => {
    const { calls, inputs, fire } = bound()
    fire('load')
    await nextTick()
    calls.length = 0
    const next = paint()
    inputs.paint.value = { ...next, districts: { ...next.districts, colours: { laoshan: '#00f' } } }
    await nextTick()
    expect(featureStates(calls)).toEqual([
      [
        { source: SOURCE.districts, id: 'laoshan' },
        { fill: '#00f', nodata: false, faded: false, highlight: false },
      ],
    ])
  })

  it('counts the drawn districts at idle again only after the camera or the data moved', async () => {
    const { map, inputs, fire, container } = bound()
    let queries = 0
    map.queryRenderedFeatures = (() => {
      queries += 1
      return [{ properties: { id: 'laoshan' } }]
    }) as unknown as MapLike['queryRenderedFeatures']
    fire('load')
    await nextTick()
    fire('idle')
    expect([queries, container.dataset.renderedDistricts]).toEqual([1, '1'])
    // A recolour's idle: nothing drawn moved, so its frame does not decode the tiles again.
    inputs.paint.value = paint(false)
    await nextTick()
    fire('idle')
    expect([queries, container.dataset.mapState]).toEqual([1, 'idle'])
    fire('move')
    fire('idle')
    expect(queries).toBe(2)
  })

  it("marks 'metric-applied' after the frame that draws the new colours, not before", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      const { inputs, fire } = bound()
      fire('load')
      await nextTick()
      fire('render')
      vi.runAllTimers()
      performance.clearMarks('metric-applied')
      inputs.paint.value = paint(false)
      await nextTick()
      inputs.paint.value = paint(true)
      await nextTick()
      vi.runAllTimers()
      expect(performance.getEntriesByName('metric-applied')).toHaveLength(0)
      fire('render')
      expect(performance.getEntriesByName('metric-applied')).toHaveLength(0)
      vi.runAllTimers()
      expect(performance.getEntriesByName('metric-applied')).toHaveLength(1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('sizes the zone symbols through feature-state, a hollow ring where none is reported', async () => {
    const { calls, inputs, fire } = bound()
    fire('load')
    await nextTick()
    expect(featureStates(calls)).toContainEqual([
      { source: SOURCE.zonePoints, id: 'laoshan-zone' },
      { radius: 12, nodata: false },
    ])
    calls.length = 0
    inputs.paint.value = {
      ...paint(),
      zones: { radius: {}, noData: ['laoshan-zone'], noDataRadius: 4 },
    }
    await nextTick()
    expect(featureStates(calls)).toContainEqual([
      { source: SOURCE.zonePoints, id: 'laoshan-zone' },
      { radius: 4, nodata: true },
    ])
  })

  it('replaces only the zone sources when uploaded boundaries change the zones', async () => {
    const { calls, inputs, fire } = bound()
    fire('load')
    await nextTick()
    calls.length = 0
    const zones = zoneFeatures([zone('laoshan-zone'), zone('other-zone')])
    inputs.data.value = { ...inputs.data.value, zones }
    await nextTick()
    expect(calls.filter((c) => c[0] === 'setData').map((c) => c[1])).toEqual([
      SOURCE.zonePoints,
      SOURCE.zoneFootprints,
    ])
  })

  it('re-applies every input after a lost WebGL context is restored, none while lost', async () => {
    const { calls, inputs, fire, controller } = bound()
    fire('load')
    inputs.selectedId.value = 'laoshan'
    inputs.hoveredId.value = 'laoshan-zone'
    inputs.theme.value = 'dark'
    await nextTick()
    fire('webglcontextlost')
    expect([controller.loaded.value, controller.contextLost.value]).toEqual([false, true])
    calls.length = 0
    inputs.paint.value = paint(false)
    await nextTick()
    expect(calls).toEqual([])

    // MapLibre's rebuilt style has no feature-state: the colours, outline and hover come back
    // only from the controller, once the rebuilt style has loaded (not at the restore event).
    fire('webglcontextrestored')
    await nextTick()
    expect(calls).toEqual([])
    fire('style.load')
    expect([controller.loaded.value, controller.contextLost.value]).toEqual([true, false])
    await nextTick()
    const states = featureStates(calls)
    expect(states).toContainEqual([
      { source: SOURCE.districts, id: 'laoshan' },
      { fill: '#ff0000', nodata: false, faded: false, highlight: false },
    ])
    expect(states).toContainEqual([{ source: SOURCE.districts, id: 'laoshan' }, { selected: true }])
    expect(states).toContainEqual([
      { source: SOURCE.zonePoints, id: 'laoshan-zone' },
      { hover: true },
    ])
    expect(calls).toContainEqual(['setLayoutProperty', LAYER.zonePoint, 'visibility', 'none'])
    expect(calls).toContainEqual(['setGlobalStateProperty', THEME_STATE, 'dark'])
    expect(calls).toContainEqual(['updateImage', 'no-data-hatch'])
  })

  it('stops calling the map once its scope is stopped', async () => {
    const { calls, inputs, fire, scope } = bound()
    fire('load')
    await nextTick()
    scope.stop()
    calls.length = 0
    inputs.selectedId.value = 'laoshan'
    await nextTick()
    expect(calls).toEqual([])
  })
})

describe('the map controller events and commands', () => {
  it('reports a click on an area, and a click on the sea as no selection', () => {
    const { controller, fire } = setup()
    const selected: (string | null)[] = []
    controller.on('select', (id) => selected.push(id))
    fire('click', { point: { x: 1, y: 2 } }, { layer: LAYER.zonePoint, id: 'laoshan-zone' })
    fire('click', { point: { x: 1, y: 2 } })
    expect(selected).toEqual(['laoshan-zone', null])
  })

  it('reports hover with the pointer position, and its end when the pointer leaves the areas', () => {
    const { controller, fire } = setup()
    const hovered: unknown[] = []
    controller.on('hover', (id, point) => hovered.push([id, point]))
    fire('mousemove', { point: { x: 5, y: 6 } }, { layer: 'districts-fill', id: 'shinan' })
    fire('mouseleave')
    expect(hovered).toEqual([
      ['shinan', { x: 5, y: 6 }],
      [null, null],
    ])
  })

  it('puts the saved camera back, once', () => {
    const { controller, calls, move } = setup()
    controller.saveCamera()
    move({ lng: 121, lat: 37 }, 11)
    expect(controller.restoreCamera()).toBe(true)
    expect(calls).toContainEqual(['jumpTo', { center: [120.4, 36.1], zoom: 8 }])
    expect(controller.restoreCamera()).toBe(false)
  })

  it('focuses a district on its bounds and a zone on its point', () => {
    const { controller, calls } = setup()
    controller.focus('laoshan', { animate: false })
    controller.focus('laoshan-zone', { animate: false })
    expect(calls[0]).toEqual([
      'fitBounds',
      [
        [120.5, 36.1],
        [120.6, 36.2],
      ],
      { padding: 10, maxZoom: 10.5, animate: false },
    ])
    expect(calls[1]).toEqual(['easeTo', { center: [120.52, 36.12], zoom: 9.5, animate: false }])
  })

  it('frames the bounds and padding a caller gives (the tour: a mainland, the caption)', () => {
    const { controller, calls } = setup()
    const mainland: [[number, number], [number, number]] = [
      [120.5, 36.1],
      [120.55, 36.2],
    ]
    const padding = { top: 20, bottom: 30, left: 700, right: 40 }
    controller.focus('laoshan', { animate: false, bounds: mainland, padding })
    controller.fitAll({ animate: false, padding })
    expect(calls[0]).toEqual(['fitBounds', mainland, { padding, maxZoom: 10.5, animate: false }])
    expect(calls[1]?.[2]).toEqual({ padding, animate: false })
  })

  it('centres a zone in the part of the map the padding leaves free (above a phone sheet)', () => {
    const { controller, calls } = setup(() => ({ top: 60, bottom: 400, left: 12, right: 12 }))
    controller.focus('laoshan-zone', { animate: false })
    expect(calls[0]).toEqual([
      'easeTo',
      { center: [120.52, 36.12], zoom: 9.5, offset: [0, -170], animate: false },
    ])
  })

  it('frames the selection again when what covers the map changes', () => {
    const { controller, calls, fire } = setup()
    fire('load')
    controller.refit({ animate: false })
    expect(calls.at(-1)?.[0]).toBe('fitBounds')
    expect(calls.at(-1)?.[2]).toEqual({ padding: 10, animate: false })
    controller.setSelected('laoshan')
    controller.refit({ animate: false })
    expect(calls.at(-1)?.[2]).toEqual({ padding: 10, maxZoom: 10.5, animate: false })
  })

  it('marks where the selected area lies on screen after a move (for tests)', () => {
    const { controller, fire, container } = setup()
    fire('load')
    controller.setSelected('laoshan')
    fire('moveend')
    expect(container.dataset.selectedBox).toBe('1205,361,1206,362')
    controller.setSelected(null)
    fire('moveend')
    expect(container.dataset.selectedBox).toBe('')
  })

  it('reports the camera only after the user has moved the map', () => {
    const { controller, fire } = setup()
    const cameras: unknown[] = []
    controller.on('camera', (c) => cameras.push(c))
    fire('moveend')
    fire('dragstart')
    fire('moveend')
    expect(cameras).toEqual([{ lon: 120.4, lat: 36.1, zoom: 8 }])
  })
})
