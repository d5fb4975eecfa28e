// @vitest-environment happy-dom
import { nextTick, shallowRef } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { usePresentationMap } from '../../../src/composables/usePresentationMap'
import type { MapController } from '../../../src/map/controller'
import { usePresentationStore } from '../../../src/stores/presentation'
import { useSelectionStore } from '../../../src/stores/selection'
import { mountComposable } from './mount'

afterEach(() => vi.unstubAllGlobals())

/** A controller that records the camera commands it is given (the script uses only these). */
function fakeController() {
  const calls: unknown[][] = []
  const controller = {
    saveCamera: () => calls.push(['saveCamera']),
    restoreCamera: () => (calls.push(['restoreCamera']), true),
    focus: (id: string, options: unknown) => calls.push(['focus', id, options]),
    fitAll: (options: unknown) => calls.push(['fitAll', options]),
    // The padding is measured against the map's box (a zero box in happy-dom).
    canvas: () => document.createElement('canvas'),
  }
  return { calls, controller: controller as unknown as MapController }
}

/** The script bound to a fake map, with `prefers-reduced-motion: reduce` when `reduce`. */
async function script(reduce = false) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('reduce'),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }))
  const fake = fakeController()
  await mountComposable(() => usePresentationMap(shallowRef(fake.controller)))
  // Bound outside a presentation, the script asks for a camera back (none is saved: a no-op).
  fake.calls.length = 0
  const p = usePresentationStore()
  const areaStep = () => p.steps.findIndex((s) => s.kind === 'area')
  return { ...fake, p, areaStep }
}

describe('usePresentationMap: the camera script', () => {
  it('saves the camera on entering, then fits all of Qingdao for the overview', async () => {
    const { calls, p } = await script()
    p.enter()
    await nextTick()
    expect(calls).toEqual([
      ['saveCamera'],
      ['fitAll', { animate: true, padding: expect.objectContaining({ left: expect.any(Number) }) }],
    ])
  })

  it("flies to an area step's area", async () => {
    const { calls, p, areaStep } = await script()
    p.enter()
    await nextTick()
    p.step = areaStep()
    await nextTick()
    const step = p.current
    expect(calls.at(-1)).toEqual([
      'focus',
      step?.kind === 'area' && step.areaId,
      expect.objectContaining({ animate: true }),
    ])
  })

  it('cuts instead of flying with prefers-reduced-motion', async () => {
    const { calls, p } = await script(true)
    p.enter()
    await nextTick()
    expect(calls.at(-1)).toEqual(['fitAll', expect.objectContaining({ animate: false })])
  })

  it('frames a district on its mainland, not its outlying islands', async () => {
    const { calls, p } = await script()
    p.enter()
    await nextTick()
    p.step = p.steps.findIndex((s) => s.kind === 'area' && s.areaId === 'laoshan')
    await nextTick()
    const [, id, options] = calls.at(-1) as [string, string, { bounds: number[][] }]
    expect(id).toBe('laoshan')
    // 崂山区's islands reach 121.39° E; its mainland ends at 120.72° E.
    expect(options.bounds[1]![0]).toBeLessThan(120.72)
  })

  it('puts the saved camera back on leaving', async () => {
    const { calls, p } = await script()
    p.enter()
    await nextTick()
    p.leave()
    await nextTick()
    expect(calls.at(-1)).toEqual(['restoreCamera'])
  })

  it("leaves the explorer's selection alone throughout", async () => {
    const { p, areaStep } = await script()
    const selection = useSelectionStore()
    selection.select('laoshan')
    p.enter()
    await nextTick()
    p.step = areaStep()
    await nextTick()
    p.leave()
    await nextTick()
    expect(selection.selectedId).toBe('laoshan')
  })
})
