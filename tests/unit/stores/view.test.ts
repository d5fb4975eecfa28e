import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { classBins, noDataBin } from '../../../src/scale/choropleth'
import { useGeoStore } from '../../../src/stores/geo'
import { usePledgeStore } from '../../../src/stores/pledges'
import { useViewStore } from '../../../src/stores/view'
import { DEFAULT_STATE } from '../../../src/types/defaults'
import { stubBuiltFiles } from './fixture'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

/** The view store over the committed districts and pledge data. */
async function loadedView() {
  stubBuiltFiles()
  await Promise.all([useGeoStore().load(), usePledgeStore().load()])
  return useViewStore()
}

describe('view store', () => {
  it("starts from the shared link's defaults", () => {
    const v = useViewStore()
    expect([v.metric, v.method, v.classes, v.palette, v.zonesVisible, v.camera]).toEqual([
      DEFAULT_STATE.metric,
      DEFAULT_STATE.method,
      DEFAULT_STATE.classes,
      DEFAULT_STATE.palette,
      DEFAULT_STATE.zones,
      DEFAULT_STATE.camera,
    ])
  })

  it('has no rows and no district classes before the data is loaded', () => {
    const v = useViewStore()
    expect([v.rows, v.districtChoropleth.bins]).toEqual([[], []])
  })

  it('gives every district and zone of the data one row, and streets none', async () => {
    const v = await loadedView()
    const ids = (usePledgeStore().data?.areas ?? [])
      .filter((a) => a.level !== 'street')
      .map((a) => a.id)
    expect(v.rows.map((r) => r.area.id).sort()).toEqual([...ids].sort())
  })

  it('classes all ten districts, each once', async () => {
    const v = await loadedView()
    const ids = v.districtChoropleth.bins.flatMap((b) => b.members)
    expect([ids.length, new Set(ids).size]).toEqual([10, 10])
  })

  it('draws zones in at most four classes, whatever the districts use', async () => {
    const v = await loadedView()
    v.classes = 6
    expect(classBins(v.zoneChoropleth).length).toBeLessThanOrEqual(4)
  })

  it('filters nothing until a legend class is clicked', async () => {
    const v = await loadedView()
    expect(v.filteredIds).toBeNull()
  })

  it('keeps only the areas of the clicked legend class', async () => {
    const v = await loadedView()
    v.legendFilter = 0
    expect([...(v.filteredIds ?? [])]).toEqual(v.districtChoropleth.bins[0]?.members)
  })

  it('keeps the districts without a figure for the no-data entry', async () => {
    const v = await loadedView()
    v.metric = 'projects'
    v.legendFilter = v.NO_DATA
    expect([...(v.filteredIds ?? [])]).toEqual(noDataBin(v.districtChoropleth)?.members)
  })

  it('highlights the legend class under the pointer', async () => {
    const v = await loadedView()
    v.legendHover = 1
    expect([...(v.highlightedIds ?? [])]).toEqual(v.districtChoropleth.bins[1]?.members)
  })
})

describe('view store colour bins', () => {
  it('colours the comparison with the same bins as the map for the current metric', async () => {
    const v = await loadedView()
    v.metric = 'projects'
    expect(v.choropleths.district.projects).toBe(v.districtChoropleth)
    expect(v.choropleths.zone.projects).toBe(v.zoneChoropleth)
  })

  it('hatches districts without a figure and draws zones without one in plain grey', async () => {
    const v = await loadedView()
    v.metric = 'projects'
    expect(noDataBin(v.districtChoropleth)?.pattern).toBe('hatch')
    expect(v.zoneChoropleth.noData.pattern).toBeNull()
  })
})
