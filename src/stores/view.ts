import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DISTRICT_FACTS } from '../data/districtFacts'
import { buildAreaRows } from '../scale/areaRows'
import type { Denominators } from '../scale/areaValues'
import { buildChoropleth } from '../scale/choropleth'
import type { ClassMethod } from '../scale/classify'
import type { PaletteName } from '../scale/palette'
import { DEFAULT_STATE } from '../types/defaults'
import type { Camera, MapMetric } from '../types/view'
import { useGeoStore } from './geo'
import { usePledgeStore } from './pledges'

/** How the map is drawn: metric, classes, palette, layers, legend filter. */
export const useViewStore = defineStore('view', () => {
  const geo = useGeoStore()
  const pledges = usePledgeStore()

  const metric = ref<MapMetric>(DEFAULT_STATE.metric)
  const method = ref<ClassMethod>(DEFAULT_STATE.method)
  const classes = ref(DEFAULT_STATE.classes)
  const palette = ref<PaletteName>(DEFAULT_STATE.palette)
  const zonesVisible = ref(DEFAULT_STATE.zones)
  /** A camera the user chose (pan/zoom); null while the map simply fits Qingdao. */
  const camera = ref<Camera | null>(DEFAULT_STATE.camera)
  /** Legend class the user clicked: only its areas stay highlighted. */
  const legendFilter = ref<number | null>(null)
  /** Legend class under the pointer or focus. */
  const legendHover = ref<number | null>(null)
  /** Legend entry for areas with no figure reported. */
  const NO_DATA = -1

  const figureCounts = computed(() =>
    Object.fromEntries([...pledges.coverage].map(([id, c]) => [id, c.total])),
  )

  const districtChoropleth = computed(() =>
    buildChoropleth({
      metric: metric.value,
      method: method.value,
      classes: classes.value,
      palette: palette.value,
      headlines: pledges.headlines,
      figureCounts: figureCounts.value,
      areas: [...districtDenominators.value].map(([id, denominators]) => ({ id, denominators })),
    }),
  )

  /** Zones are coloured on their own scale: their figures are not comparable to districts'. */
  const zoneChoropleth = computed(() =>
    buildChoropleth({
      metric: metric.value,
      method: method.value,
      classes: Math.min(classes.value, 4),
      palette: palette.value,
      headlines: pledges.headlines,
      figureCounts: figureCounts.value,
      areas: pledges.zones.map((z) => ({
        id: z.id,
        denominators: { areaKm2: z.officialArea?.km2 ?? null, population: null },
      })),
    }),
  )

  const districtDenominators = computed(
    () =>
      new Map<string, Denominators>(
        (geo.districts?.features ?? []).map((f) => [
          f.properties.id,
          {
            areaKm2: f.properties.areaKm2,
            population: DISTRICT_FACTS.get(f.properties.adcode)?.population ?? null,
          },
        ]),
      ),
  )

  /** Every district and zone with all metrics, for the table, search and tooltips. */
  const rows = computed(() =>
    buildAreaRows(
      pledges.data?.areas ?? [],
      pledges.headlines,
      (area) =>
        area.level === 'district'
          ? (districtDenominators.value.get(area.id) ?? { areaKm2: null, population: null })
          : { areaKm2: area.officialArea?.km2 ?? null, population: null },
      figureCounts.value,
    ),
  )
  const rowsById = computed(() => new Map(rows.value.map((r) => [r.area.id, r])))

  /** Ids in a legend class (or the no-data entry) of the district scale. */
  function idsInClass(bin: number | null): Set<string> | null {
    if (bin === null) return null
    const c = districtChoropleth.value.classification
    return new Set(bin === NO_DATA ? c.noData : (c.bins[bin]?.ids ?? []))
  }
  const filteredIds = computed(() => idsInClass(legendFilter.value))
  const highlightedIds = computed(() => idsInClass(legendHover.value))

  return {
    metric,
    method,
    classes,
    palette,
    zonesVisible,
    camera,
    legendFilter,
    legendHover,
    NO_DATA,
    districtChoropleth,
    zoneChoropleth,
    filteredIds,
    highlightedIds,
    rows,
    rowsById,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useViewStore, import.meta.hot))
