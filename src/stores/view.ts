import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { POPULATION_BY_ADCODE } from '../data/populationTable'
import { buildAreaRows } from '../scale/areaRows'
import type { Denominators } from '../scale/areaValues'
import { binAt, buildChoropleth, NO_DATA_BIN, type Choropleth } from '../scale/choropleth'
import type { ClassMethod } from '../scale/classify'
import { DISTRICT_NO_DATA, ZONE_NO_DATA } from '../scale/noDataStyles'
import type { PaletteName } from '../scale/palette'
import { DEFAULT_STATE } from '../types/defaults'
import { MAP_METRICS, type Camera, type MapMetric } from '../types/view'
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
  const NO_DATA = NO_DATA_BIN

  const figureCounts = computed(() =>
    Object.fromEntries([...pledges.coverage].map(([id, c]) => [id, c.total])),
  )

  const districtAreas = computed(() =>
    [...districtDenominators.value].map(([id, denominators]) => ({ id, denominators })),
  )
  const zoneAreas = computed(() =>
    pledges.zones.map((z) => ({
      id: z.id,
      denominators: { areaKm2: z.officialArea?.km2 ?? null, population: null },
    })),
  )
  const byMetric = (build: (m: MapMetric) => Choropleth) =>
    Object.fromEntries(MAP_METRICS.map((m) => [m, build(m)])) as Record<MapMetric, Choropleth>

  /**
   * The colour bins of every metric, per level: the map and legend read the current metric's,
   * the comparison's small multiples and bars the others'. Zones are coloured on their own
   * scale (at most four classes): their figures are not comparable to districts'.
   */
  const choropleths = computed(() => {
    const common = {
      method: method.value,
      palette: palette.value,
      headlines: pledges.headlines,
      figureCounts: figureCounts.value,
    }
    return {
      district: byMetric((m) =>
        buildChoropleth({
          ...common,
          metric: m,
          classes: classes.value,
          areas: districtAreas.value,
          noData: DISTRICT_NO_DATA,
        }),
      ),
      zone: byMetric((m) =>
        buildChoropleth({
          ...common,
          metric: m,
          classes: Math.min(classes.value, 4),
          areas: zoneAreas.value,
          noData: ZONE_NO_DATA,
        }),
      ),
    } satisfies Record<'district' | 'zone', Record<MapMetric, Choropleth>>
  })
  const districtChoropleth = computed(() => choropleths.value.district[metric.value])
  const zoneChoropleth = computed(() => choropleths.value.zone[metric.value])

  const districtDenominators = computed(
    () =>
      new Map<string, Denominators>(
        (geo.districts?.features ?? []).map((f) => [
          f.properties.id,
          {
            areaKm2: f.properties.areaKm2,
            population: POPULATION_BY_ADCODE[f.properties.adcode] ?? null,
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
    return new Set(binAt(districtChoropleth.value, bin)?.members ?? [])
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
    choropleths,
    districtChoropleth,
    zoneChoropleth,
    filteredIds,
    highlightedIds,
    rows,
    rowsById,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useViewStore, import.meta.hot))
