import { nextTick, onBeforeUnmount, onMounted, ref, watch, watchEffect, type Ref } from 'vue'
import type { MapLabel } from '../map/labels'
import type { AreaPaint } from '../map/paint'
import { loadPledgeMap } from '../map/loadMap'
import type { PledgeMap } from '../map/pledgeMap'
import type { ContextCollection } from '../types/geo'
import { LIGHT_THEME } from '../map/theme'
import { zoneFeatures } from '../map/zoneFeatures'
import { useBoundaryStore } from '../stores/boundaries'
import { useGeoStore } from '../stores/geo'
import { usePledgeStore } from '../stores/pledges'
import { useSelectionStore } from '../stores/selection'
import { useViewStore } from '../stores/view'
import type { Choropleth } from '../scale/choropleth'
import { usePresentationMap } from './usePresentationMap'

const ATTRIBUTION = 'Pledges: reports of 青岛日报, 观海新闻 and 青岛西海岸报, 2022–2023'

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches

/**
 * Keeps Qingdao clear of the legend overlay: beside it on wide screens, below it on phones,
 * and above the collapsed bottom sheet.
 */
function fitPadding(el: HTMLElement) {
  const base = Math.min(el.clientWidth, el.clientHeight) < 500 ? 12 : 40
  // In presentation mode the caption column takes the legend's place at the left.
  const overlay =
    document.querySelector('.presentation-caption') ??
    el.parentElement?.parentElement?.querySelector('.map-overlay')
  const box = overlay?.getBoundingClientRect()
  const origin = el.getBoundingClientRect()
  if (!box || box.width === 0) return base
  if (el.clientWidth > 700) {
    return {
      top: base,
      bottom: base,
      right: base,
      left: Math.min(box.right - origin.left + 8, el.clientWidth / 2),
    }
  }
  const top = Math.min(box.bottom - origin.top + 8, el.clientHeight * 0.4)
  // The bottom sheet covers 55 % of the screen when open (see explorer.css), a handle otherwise.
  const sheetOpen = document.querySelector('.explorer__panel.is-open') !== null
  const bottom = sheetOpen ? el.clientHeight * 0.55 + 8 : base + 44
  return { top: Math.min(top, el.clientHeight - bottom - 40), bottom, left: base, right: base }
}

const shortEn = (name: string) => name.replace(/ (District|City)( \(.*\))?$/, '')

function buildLabels(
  geo: ReturnType<typeof useGeoStore>,
  pledges: ReturnType<typeof usePledgeStore>,
): MapLabel[] {
  const labels: MapLabel[] = (geo.districts?.features ?? []).map((f) => ({
    id: f.properties.id,
    nameZh: f.properties.nameZh,
    nameEn: shortEn(f.properties.nameEn),
    lngLat: f.properties.labelPoint,
    kind: 'district',
    priority: f.properties.areaKm2,
  }))
  for (const z of pledges.zones) {
    if (!z.location) continue
    labels.push({
      id: z.id,
      nameZh: z.nameZh,
      nameEn: z.nameEn,
      lngLat: [z.location.lon, z.location.lat],
      kind: 'zone',
      priority: z.officialArea?.km2 ?? 1,
    })
  }
  return labels
}

/** Labels of the neighbouring cities: decoration, never clickable, always lowest priority. */
function contextLabels(context: ContextCollection): MapLabel[] {
  return context.features.map((f) => ({
    id: `context-${f.properties.nameEn}`,
    nameZh: f.properties.nameZh,
    nameEn: f.properties.nameEn,
    lngLat: f.properties.labelPoint,
    kind: 'context',
    priority: 0,
  }))
}

function toPaint(
  c: Choropleth,
  fallback: string,
  keep: ReadonlySet<string> | null,
  highlight: ReadonlySet<string> | null,
): AreaPaint {
  return { colours: c.colourOf, fallback, noData: c.classification.noData, keep, highlight }
}

/**
 * Binds the map to the stores for the lifetime of the component that owns `container`. The map
 * instance is a plain local variable: it never enters reactive state. One watcher per concern.
 */
export function useMapView(container: Ref<HTMLElement | null>) {
  const geo = useGeoStore()
  const pledges = usePledgeStore()
  const selection = useSelectionStore()
  const view = useViewStore()
  const boundaries = useBoundaryStore()
  const failure = ref<string | null>(null)
  /** True once MapLibre has drawn the districts; until then the static SVG choropleth shows. */
  const interactive = ref(false)
  const contextLost = ref(false)
  let map: PledgeMap | null = null
  /** Flips when the map exists, so the paint watchers below run again at that moment. */
  const created = ref(false)

  let unmounted = false
  onMounted(async () => {
    const el = container.value
    const districts = geo.districts
    if (!el || !districts) return
    let createPledgeMap: Awaited<ReturnType<typeof loadPledgeMap>>['createPledgeMap']
    try {
      ;({ createPledgeMap } = await loadPledgeMap())
    } catch (err) {
      failure.value = String(err)
      return
    }
    if (unmounted) return
    try {
      map = createPledgeMap({
        container: el,
        districts,
        context: geo.context,
        zones: zoneFeatures(pledges.zones, boundaries.overrides),
        labels: buildLabels(geo, pledges),
        theme: LIGHT_THEME,
        attribution: ATTRIBUTION,
        camera: view.camera,
        padding: () => fitPadding(el),
        onSelect: (id) => selection.select(id, 'map'),
        onHover: (id, point) => selection.hover(id, point),
        onCameraChange: (camera) => (view.camera = camera),
        onInteractive: () => {
          interactive.value = true
          void geo.loadContext()
        },
        onContextLost: (lost) => (contextLost.value = lost),
      })
    } catch (err) {
      // MapLibre throws when WebGL is unavailable; the rest of the app keeps working.
      failure.value = String(err)
      return
    }
    map.setSelected(selection.selectedId)
    if (geo.context) map.setContext(geo.context, contextLabels(geo.context))
    created.value = true
  })

  watch(
    () => selection.hoveredId,
    (id) => map?.setHovered(id),
  )
  watch(
    () => selection.selectedId,
    async (id) => {
      map?.setSelected(id)
      // On a phone the sheet that opens covers the map, so even a tapped area is brought into view.
      const narrow = (container.value?.clientWidth ?? 1000) <= 700
      if (!id || (selection.source === 'map' && !narrow)) return
      await nextTick()
      map?.focusArea(id, !prefersReducedMotion())
    },
  )
  watchEffect(() => {
    if (!created.value) return
    const paint = toPaint(
      view.districtChoropleth,
      LIGHT_THEME.districtBase,
      view.filteredIds,
      view.highlightedIds,
    )
    map?.setDistrictPaint(paint)
  })
  watchEffect(() => {
    if (created.value) map?.setZonePaint(toPaint(view.zoneChoropleth, '#d9d9d9', null, null))
  })
  watchEffect(() => {
    if (created.value) map?.setZonesVisible(view.zonesVisible)
  })
  watch(
    () => geo.context,
    (context) => {
      if (context) map?.setContext(context, contextLabels(context))
    },
  )
  // Zone boundaries the planner loaded replace the schematic circles (see src/boundaries).
  watch(
    () => boundaries.overrides,
    (overrides, before) => {
      // Loading an empty store at start-up changes nothing: keep the sources as they are.
      if (overrides.size === 0 && before.size === 0) return
      map?.setZones(zoneFeatures(pledges.zones, overrides))
    },
  )
  usePresentationMap(() => map, created)

  onBeforeUnmount(() => {
    unmounted = true
    created.value = false
    map?.destroy()
    map = null
  })

  return { failure, interactive, contextLost, canvas: () => map?.canvas() ?? null }
}
