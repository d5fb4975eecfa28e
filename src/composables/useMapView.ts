import {
  useDebounceFn,
  useElementSize,
  useMediaQuery,
  usePreferredReducedMotion,
  useResizeObserver,
} from '@vueuse/core'
import {
  computed,
  effectScope,
  markRaw,
  nextTick,
  onBeforeUnmount,
  onMounted,
  ref,
  shallowRef,
  watch,
  type Ref,
} from 'vue'
import { areaName } from '../format/areaName'
import { bindMap, mapStatus } from '../map/bindMap'
import { bottomCover, stackedPadding, type Insets } from '../map/bounds'
import type { MapController, MapData, MapPaint } from '../map/controller'
import type { MapLabel } from '../map/labels'
import { areaPaint, zonePaint } from '../map/paint'
import { loadPledgeMap } from '../map/loadMap'
import type { ContextCollection } from '../types/geo'
import type { Lang } from '../types/view'
import { zoneAnchor, zoneFeatures } from '../map/zoneFeatures'
import { useBoundaryStore } from '../stores/boundaries'
import { useGeoStore } from '../stores/geo'
import { usePledgeStore } from '../stores/pledges'
import { useSelectionStore } from '../stores/selection'
import { useViewStore } from '../stores/view'
import { usePresentationStore } from '../stores/presentation'
import { useShownStore } from '../stores/shown'
import { useLang } from './useLang'
import { useMap } from './useMap'
import { useZoneSymbols } from './useLegendModel'
import { presentationPaddingOf, usePresentationMap } from './usePresentationMap'

const ATTRIBUTION =
  'Pledges: five reports of Qingdao Daily, Guanhai News and Qingdao West Coast News, 2022–2023'

/**
 * Keeps Qingdao clear of the legend overlay: beside it on wide screens, below it on phones, and
 * above the bottom sheet at the height the sheet really has (measured, not assumed).
 */
export function fitPadding(el: Element): Insets | number {
  const base = Math.min(el.clientWidth, el.clientHeight) < 500 ? 12 : 40
  // What covers the map's corner: in presentation mode the caption column takes the legend's
  // place at the left. Found by data attributes, not by styling classes.
  const overlay =
    document.querySelector('[data-map-cover="caption"]') ??
    el.parentElement?.parentElement?.querySelector('[data-map-cover]')
  const box = overlay?.getBoundingClientRect()
  const origin = el.getBoundingClientRect()
  if (el.clientWidth > 700) {
    if (!box || box.width === 0) return base
    return {
      top: base,
      bottom: base,
      right: base,
      left: Math.min(box.right - origin.left + 8, el.clientWidth / 2),
    }
  }
  const sheet = document.querySelector('[data-map-sheet]')?.getBoundingClientRect() ?? null
  const top = box && box.width > 0 ? box.bottom - origin.top : 0
  return stackedPadding(el.clientHeight, { top, bottom: bottomCover(origin, sheet) }, base)
}

function buildLabels(
  geo: ReturnType<typeof useGeoStore>,
  pledges: ReturnType<typeof usePledgeStore>,
  lang: Lang,
  overrides: ReturnType<typeof useBoundaryStore>['overrides'],
): MapLabel[] {
  const labels: MapLabel[] = (geo.districts?.features ?? []).map((f) => ({
    id: f.properties.id,
    nameZh: f.properties.nameZh,
    nameEn: areaName(f.properties, 'en', 'short'),
    lngLat: f.properties.labelPoint,
    kind: 'district',
    priority: f.properties.areaKm2,
    lang,
  }))
  for (const z of pledges.zones) {
    if (!z.location) continue
    labels.push({
      id: z.id,
      nameZh: z.nameZh,
      nameEn: areaName(z, 'en', 'plain'),
      // Beside its marker: inside the planner's boundary once one is loaded.
      lngLat: zoneAnchor(z.location, overrides.get(z.id)),
      kind: 'zone',
      priority: z.officialArea?.km2 ?? 1,
      lang,
    })
  }
  return labels
}

/** Labels of the neighbouring cities: decoration, never clickable, always lowest priority. */
function contextLabels(context: ContextCollection | null): MapLabel[] {
  if (!context) return []
  return context.features.map((f) => ({
    id: `context-${f.properties.nameEn}`,
    nameZh: f.properties.nameZh,
    nameEn: f.properties.nameEn,
    lngLat: f.properties.labelPoint,
    kind: 'context',
    priority: 0,
  }))
}

/**
 * Creates the explorer's map in `container` and binds it to the stores for the component's
 * lifetime. The controller is held raw in the shallowRef that `provideMap` made, so the export
 * menu and others reach it through `useMap()`; it never enters reactive state.
 */
export function useMapView(container: Ref<HTMLElement | null>) {
  const geo = useGeoStore()
  const pledges = usePledgeStore()
  const selection = useSelectionStore()
  const view = useViewStore()
  const boundaries = useBoundaryStore()
  const presentation = usePresentationStore()
  const shown = useShownStore()
  const zoneSymbols = useZoneSymbols()
  const { controller, pick, takePicked } = useMap()
  const failure = ref<string | null>(null)
  const interactive = computed(() => controller.value?.interactive.value ?? false)
  const contextLost = computed(() => controller.value?.contextLost.value ?? false)

  // Computed so each part keeps its identity until its inputs change (the controller compares them).
  const zones = computed(() => zoneFeatures(pledges.zones, boundaries.overrides))
  const lang = useLang()
  const labels = computed(() => buildLabels(geo, pledges, lang.value, boundaries.overrides))
  const cityLabels = computed(() => contextLabels(geo.context))
  const data = (): MapData | null =>
    geo.districts
      ? {
          districts: geo.districts,
          context: geo.context,
          zones: zones.value,
          labels: labels.value,
          contextLabels: cityLabels.value,
        }
      : null
  const paint = (): MapPaint => ({
    districts: areaPaint(shown.districtChoropleth, shown.filteredIds, shown.highlightedIds),
    zones: zonePaint(zoneSymbols.value),
    zonesVisible: shown.zonesVisible,
  })

  const motion = usePreferredReducedMotion()
  /** Phones, where the panel is a bottom sheet over the map (the components' styles' breakpoint). */
  const phone = useMediaQuery('(max-width: 700px)')
  usePresentationMap(controller)
  const animate = () => motion.value !== 'reduce'
  /**
   * On a phone the bottom sheet covers the lower part of the map, by as much as its content needs.
   * Whenever its height settles (it opens, closes, or its content changes) the selection is framed
   * again above it; debounced so that one flight follows the sheet's opening transition.
   */
  const sheet = shallowRef<HTMLElement | null>(null)
  const { height: sheetHeight } = useElementSize(sheet, undefined, { box: 'border-box' })
  const reframe = useDebounceFn(() => {
    if (phone.value && !presentation.active) controller.value?.refit({ animate: animate() })
  }, 250)
  watch(sheetHeight, () => void reframe())
  watch(
    () => selection.selectedId,
    async (id) => {
      // A selection made on the map needs no flight; one from the panel or the search does.
      const fromMap = takePicked(id)
      // On a phone the sheet that opens covers the map, so even a tapped area is brought into view
      // once the sheet has its height.
      if (id && phone.value) return void reframe()
      if (!id || fromMap) return
      // After the flush: leaving the presentation by Back puts its camera back first.
      await nextTick()
      controller.value?.focus(id, { animate: animate() })
    },
  )

  // The bindings are made once the map exists, after an await: this scope, created during setup,
  // keeps them tied to the component so that they stop with it.
  const scope = effectScope()
  let unmounted = false
  // Observed once the map exists; the observer's first call (on observing) fits it too.
  useResizeObserver(
    () => (controller.value ? container.value : null),
    () => controller.value?.resize(),
  )
  onMounted(async () => {
    const el = container.value
    const initial = data()
    if (!el || !initial) return
    let createMap: Awaited<ReturnType<typeof loadPledgeMap>>['createMap']
    try {
      ;({ createMap } = await loadPledgeMap())
    } catch (err) {
      failure.value = String(err)
      return
    }
    if (unmounted) return
    let map: MapController
    try {
      map = createMap({
        container: el,
        status: mapStatus(),
        data: initial,
        theme: shown.theme,
        attribution: ATTRIBUTION,
        camera: view.camera,
        padding: () => (presentation.active ? presentationPaddingOf(el) : fitPadding(el)),
      })
    } catch (err) {
      // MapLibre throws when WebGL is unavailable; the rest of the app keeps working.
      failure.value = String(err)
      return
    }
    controller.value = markRaw(map)
    if (phone.value) map.foldAttribution()
    sheet.value = document.querySelector<HTMLElement>('[data-map-sheet]')
    scope.run(() => bind(map, initial))
  })

  function bind(map: MapController, initial: MapData) {
    // While presenting, the tour owns the highlight and the camera: a click or the tour's flights
    // must not change the explorer's selection or shared view underneath it.
    map.on('select', (id) => {
      if (!presentation.active) pick(id)
    })
    map.on('hover', (id, point) => selection.hover(id, point))
    map.on('camera', (camera) => {
      if (!presentation.active) view.camera = camera
    })
    // The neighbouring cities are fetched once Qingdao has drawn, so they never delay it.
    watch(map.interactive, (ready) => ready && void geo.loadContext())
    // Once the style has loaded (it starts unloaded): a shared link to an area opens, on a phone,
    // on that area above the opened sheet (a link with its own camera keeps it), with a cut
    // before the first frame the user sees; and MapLibre's attribution, unfolded by the sources'
    // credits by now, is folded so that it does not cover the bottom of a phone's map.
    watch(
      map.loaded,
      () => {
        if (!phone.value) return
        map.foldAttribution()
        const id = selection.selectedId
        if (id && !view.camera && !presentation.active) map.focus(id, { animate: false })
      },
      { once: true },
    )
    bindMap(map, {
      data: () => data() ?? initial,
      paint,
      selectedId: () => shown.selectedId,
      hoveredId: () => selection.hoveredId,
      theme: () => shown.theme,
    })
  }

  onBeforeUnmount(() => {
    unmounted = true
    scope.stop()
    controller.value?.destroy()
    controller.value = null
  })

  return { failure, interactive, contextLost }
}
