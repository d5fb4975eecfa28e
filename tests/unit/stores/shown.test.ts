import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildZoneSymbols } from '../../../src/scale/zoneSymbols'
import { useGeoStore } from '../../../src/stores/geo'
import { usePledgeStore } from '../../../src/stores/pledges'
import { usePresentationStore } from '../../../src/stores/presentation'
import { useSelectionStore } from '../../../src/stores/selection'
import { useShownStore } from '../../../src/stores/shown'
import { useViewStore } from '../../../src/stores/view'
import { stubBuiltFiles } from './fixture'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

/** The stores over the committed data, with an explorer state unlike the tour's settings. */
async function explorer() {
  stubBuiltFiles()
  await Promise.all([useGeoStore().load(), usePledgeStore().load()])
  const selection = useSelectionStore()
  const view = useViewStore()
  selection.select('laoshan')
  Object.assign(view, { metric: 'figureCount', zonesVisible: false, legendFilter: 0 })
  return { shown: useShownStore(), presentation: usePresentationStore(), view }
}

describe('shown store', () => {
  it("shows the explorer's selection, metric, legend filter and layers outside a presentation", async () => {
    const { shown, view } = await explorer()
    expect([shown.selectedId, shown.metric, shown.zonesVisible, shown.theme]).toEqual([
      'laoshan',
      'figureCount',
      false,
      'light',
    ])
    expect([shown.filteredIds, shown.districtChoropleth]).toEqual([
      view.filteredIds,
      view.districtChoropleth,
    ])
  })

  it("shows the tour's metric, every area and zone and the dark theme while presenting", async () => {
    const { shown, presentation } = await explorer()
    presentation.enter()
    expect([shown.metric, shown.filteredIds, shown.highlightedIds, shown.zonesVisible]).toEqual([
      'investment',
      null,
      null,
      true,
    ])
    expect([shown.districtChoropleth.metric, shown.zoneChoropleth.metric, shown.theme]).toEqual([
      'investment',
      'investment',
      'dark',
    ])
  })

  it('sizes the zone symbols once for the shown metric, shared by every reader', async () => {
    const { shown, view } = await explorer()
    const first = shown.zoneSymbols
    expect(shown.zoneSymbols).toBe(first)
    expect(first).toEqual(buildZoneSymbols(shown.zoneChoropleth.values))
    view.metric = 'investment'
    expect(shown.zoneSymbols).not.toBe(first)
    expect(shown.zoneSymbols).toEqual(buildZoneSymbols(view.zoneChoropleth.values))
  })

  it('highlights no area on the overview step', async () => {
    const { shown, presentation } = await explorer()
    presentation.enter()
    expect([presentation.current?.kind, shown.selectedId]).toEqual(['overview', null])
  })

  it("highlights the area of an area step, not the explorer's selection", async () => {
    const { shown, presentation } = await explorer()
    presentation.enter()
    presentation.step = presentation.steps.findIndex((s) => s.kind === 'area')
    const step = presentation.current
    expect(step?.kind === 'area' && shown.selectedId === step.areaId).toBe(true)
    expect(useSelectionStore().selectedId).toBe('laoshan')
  })

  it('follows the order of the tour: projects colour the map by project count', async () => {
    const { shown, presentation } = await explorer()
    presentation.enter()
    presentation.setOrder('projects')
    expect([shown.metric, shown.districtChoropleth.metric]).toEqual(['projects', 'projects'])
  })

  it('switches back to the explorer when the presentation ends', async () => {
    const { shown, presentation } = await explorer()
    presentation.enter()
    presentation.next()
    presentation.leave()
    expect([shown.selectedId, shown.metric, shown.zonesVisible, shown.theme]).toEqual([
      'laoshan',
      'figureCount',
      false,
      'light',
    ])
  })
})
