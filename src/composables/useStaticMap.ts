import { useMediaQuery, useResizeObserver } from '@vueuse/core'
import { computed, onMounted, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { fitMercator, mercatorAt } from '../compare/svgPaths'
import { areaName } from '../format/areaName'
import { formatMetricValue, headlineOfMetric } from '../format/headline'
import { boundsOf, FOCUS_MAX_ZOOM, QINGDAO_BOUNDS } from '../map/bounds'
import { areaAccessibleName, districtShapes, zoneShapes } from '../map/staticMap'
import { zoneFeatures } from '../map/zoneFeatures'
import { useBoundaryStore } from '../stores/boundaries'
import { useGeoStore } from '../stores/geo'
import { usePledgeStore } from '../stores/pledges'
import { useShownStore } from '../stores/shown'
import { useViewStore } from '../stores/view'
import { useLang } from './useLang'
import type { Lang } from '../types/view'
import { useZoneSymbols } from './useLegendModel'
import { fitPadding } from './useMapView'

/**
 * The static map's geometry in `svg`'s own box: Web Mercator at the live map's camera (the
 * canvas's size, the same fit and padding, or the shared link's camera), so nothing moves when
 * MapLibre's first frame replaces it; and what each area is called, for screen readers.
 */
/** A label's two lines, each with its language (`lang` on the tspan, as the live labels). */
interface StaticLabel {
  lead: { text: string; lang: Lang }
  other: { text: string; lang: Lang }
}

export function useStaticMap(svg: Ref<SVGSVGElement | null>) {
  const geo = useGeoStore()
  // What the live map shows too: the tour's area and metric while presenting.
  const shown = useShownStore()
  const view = useViewStore()
  const size = ref({ width: 0, height: 0 })
  const measure = () => {
    const box = svg.value?.getBoundingClientRect()
    if (box) size.value = { width: Math.round(box.width), height: Math.round(box.height) }
  }
  useResizeObserver(svg, measure)
  // The padding is read from the boxes that cover the map (legend, a phone's sheet): when the
  // sheet opens or grows, the first paint refits as the live map does.
  const sheet = ref<HTMLElement | null>(null)
  const covers = ref(0)
  useResizeObserver(sheet, () => covers.value++)
  onMounted(() => {
    sheet.value = document.querySelector<HTMLElement>('[data-map-sheet]')
    measure()
  })

  const phone = useMediaQuery('(max-width: 700px)')
  const projection = computed(() => {
    const width = Math.max(1, size.value.width)
    const height = Math.max(1, size.value.height)
    if (view.camera) return mercatorAt(view.camera, width, height)
    void covers.value
    const padding = svg.value ? fitPadding(svg.value) : 0
    // On a phone the live map opens a shared area link framed on that district (useMapView), so
    // the first paint frames it too; otherwise the view would jump when MapLibre takes over.
    const framed = phone.value
      ? geo.districts?.features.find((f) => f.properties.id === shown.selectedId)
      : undefined
    if (framed) {
      const b = boundsOf({ type: 'FeatureCollection', features: [framed] })
      return fitMercator(b, width, height, padding, FOCUS_MAX_ZOOM)
    }
    const bounds = geo.districts ? boundsOf(geo.districts) : QINGDAO_BOUNDS
    return fitMercator(bounds, width, height, padding)
  })

  const districts = computed(() =>
    districtShapes(
      geo.districts?.features ?? [],
      projection.value,
      shown.districtChoropleth.colourOf,
      shown.filteredIds,
      'url(#static-no-data)',
    ),
  )
  const pledges = usePledgeStore()
  const boundaries = useBoundaryStore()
  const symbols = useZoneSymbols()
  const zoneGeometry = computed(() => zoneFeatures(pledges.zones, boundaries.overrides))
  const zones = computed(() =>
    shown.zonesVisible
      ? zoneShapes(zoneGeometry.value, projection.value, symbols.value)
      : { footprints: [], points: [] },
  )

  // Both names, as the live map's label buttons show them: the reader's language leads.
  const lang = useLang()
  const namesOf = computed(() => {
    const names = new Map<string, StaticLabel>()
    for (const f of geo.districts?.features ?? []) {
      const zh = { text: f.properties.nameZh, lang: 'zh' as const }
      const en = { text: areaName(f.properties, 'en', 'short'), lang: 'en' as const }
      names.set(
        f.properties.id,
        lang.value === 'zh' ? { lead: zh, other: en } : { lead: en, other: zh },
      )
    }
    return names
  })
  const none = { text: '', lang: lang.value }
  const labelOf = (id: string): StaticLabel => namesOf.value.get(id) ?? { lead: none, other: none }

  const { t } = useI18n()
  /** Both names, as the live map's label buttons read, then the value the colour stands for. */
  const accessibleNames = computed(() => {
    const names = new Map<string, string>()
    const metric = t(`metric.${shown.metric}`)
    for (const [id, row] of view.rowsById) {
      const value = row.values[shown.metric] ?? null
      const h = headlineOfMetric(shown.metric, pledges.headlines[id])?.h ?? null
      const text =
        value === null
          ? t('legend.noFigure')
          : formatMetricValue(shown.metric, value, h, lang.value)
      const short = row.area.level === 'district' ? 'short' : 'plain'
      const en = areaName(row.area, 'en', short)
      // An attribute cannot mark a language: in English the name is read in English only.
      const both = lang.value === 'zh' ? `${row.area.nameZh} ${en}` : en
      names.set(id, areaAccessibleName(both, metric, text))
    }
    return names
  })

  return { projection, districts, zones, labelOf, accessibleNames }
}
