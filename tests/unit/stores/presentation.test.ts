import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useGeoStore } from '../../../src/stores/geo'
import { usePledgeStore } from '../../../src/stores/pledges'
import { usePresentationStore } from '../../../src/stores/presentation'
import { useSelectionStore } from '../../../src/stores/selection'
import { useViewStore } from '../../../src/stores/view'
import { stubBuiltFiles } from './fixture'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

/** The presentation over the committed districts and pledge data, entered. */
async function presenting(options: { loop?: boolean } = {}) {
  stubBuiltFiles()
  await Promise.all([useGeoStore().load(), usePledgeStore().load()])
  const p = usePresentationStore()
  p.enter(options)
  await nextTick()
  return p
}

describe('presentation store', () => {
  it('has no steps before the data is loaded', () => {
    const p = usePresentationStore()
    expect([p.steps, p.current, p.index]).toEqual([[], null, 0])
  })

  it('starts at the overview', async () => {
    const p = await presenting()
    expect([p.active, p.index, p.current?.kind]).toEqual([true, 0, 'overview'])
  })

  it('steps forward and back', async () => {
    const p = await presenting()
    p.next()
    p.next()
    p.prev()
    expect(p.index).toBe(1)
  })

  it('stays at the first step when going back from it', async () => {
    const p = await presenting()
    p.prev()
    expect(p.index).toBe(0)
  })

  it('stays at the last step without the kiosk loop', async () => {
    const p = await presenting()
    p.last()
    const end = p.index
    p.next()
    expect([p.index, end]).toEqual([p.steps.length - 1, p.steps.length - 1])
  })

  it('goes from the last step to the first in the kiosk loop', async () => {
    const p = await presenting({ loop: true })
    p.last()
    p.next()
    expect(p.index).toBe(0)
  })

  it('auto-advances in the kiosk loop only', async () => {
    const plain = await presenting()
    expect([plain.playing, plain.looping]).toEqual([false, false])
    setActivePinia(createPinia())
    const kiosk = await presenting({ loop: true })
    expect([kiosk.playing, kiosk.looping]).toEqual([true, true])
  })

  it('shows the last step for a step number beyond the end', async () => {
    const p = await presenting()
    p.step = 999
    expect(p.index).toBe(p.steps.length - 1)
  })

  it('blanks the screen and lights it again on the next step', async () => {
    const p = await presenting()
    p.toggleBlank()
    expect(p.blanked).toBe(true)
    p.next()
    expect(p.blanked).toBe(false)
  })

  it('starts again from the overview when the order changes', async () => {
    const p = await presenting()
    p.next()
    p.setOrder('geographic')
    expect([p.order, p.index]).toEqual(['geographic', 0])
  })

  it.each([
    ['investment', 'investment'],
    ['geographic', 'investment'],
    ['projects', 'projects'],
  ] as const)('colours the map of the %s tour by %s', async (order, metric) => {
    const p = await presenting()
    p.setOrder(order)
    expect(p.metric).toBe(metric)
  })

  it('writes neither the selection nor the view on entering, stepping and leaving', async () => {
    stubBuiltFiles()
    await Promise.all([useGeoStore().load(), usePledgeStore().load()])
    const view = useViewStore()
    const selection = useSelectionStore()
    selection.select('laoshan')
    Object.assign(view, { metric: 'figureCount', zonesVisible: false, legendFilter: 1 })
    const explorer = () => [
      selection.selectedId,
      view.metric,
      view.zonesVisible,
      view.legendFilter,
      view.camera,
    ]
    const before = explorer()
    const writes: string[] = []
    selection.$subscribe((m) => writes.push(`selection ${m.type}`))
    view.$subscribe((m) => writes.push(`view ${m.type}`))
    const p = usePresentationStore()
    p.enter()
    await nextTick()
    p.setOrder('projects')
    p.next()
    p.next()
    await nextTick()
    p.leave()
    await nextTick()
    expect([explorer(), writes]).toEqual([before, []])
  })

  it('resets the step, the black screen and auto-advance when it ends', async () => {
    const p = await presenting({ loop: true })
    p.next()
    p.toggleBlank()
    p.leave()
    await nextTick()
    expect([p.active, p.step, p.blanked, p.playing, p.looping]).toEqual([
      false,
      0,
      false,
      false,
      false,
    ])
  })

  it('ignores a second enter while presenting', async () => {
    const p = await presenting()
    p.next()
    p.enter()
    expect(p.index).toBe(1)
  })
})
