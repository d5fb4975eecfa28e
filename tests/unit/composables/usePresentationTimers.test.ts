// @vitest-environment happy-dom
import { nextTick } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  KIOSK_IDLE_MS,
  usePresentationTimers,
} from '../../../src/composables/usePresentationTimers'
import { usePresentationStore } from '../../../src/stores/presentation'
import { mountComposable } from './mount'

beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** The timers running over a presentation that is playing at its first interval. */
async function playing() {
  const mounted = await mountComposable(usePresentationTimers)
  const p = usePresentationStore()
  p.enter()
  p.togglePlay()
  await nextTick()
  return { p, ...mounted }
}

/** Advances fake time, then lets the watchers that timers triggered run. */
async function wait(ms: number) {
  vi.advanceTimersByTime(ms)
  await nextTick()
}

describe('usePresentationTimers: auto-advance', () => {
  it('goes to the next step after the interval', async () => {
    const { p } = await playing()
    await wait(p.intervalMs)
    expect(p.index).toBe(1)
  })

  it('waits the whole interval', async () => {
    const { p } = await playing()
    await wait(p.intervalMs - 1)
    expect(p.index).toBe(0)
  })

  it('restarts the interval after a manual step', async () => {
    const { p } = await playing()
    await wait(p.intervalMs / 2)
    p.next()
    await nextTick()
    await wait(p.intervalMs / 2)
    expect(p.index).toBe(1)
  })

  it('stops at the last step without the kiosk loop', async () => {
    const { p } = await playing()
    p.last()
    await nextTick()
    await wait(p.intervalMs)
    expect([p.playing, p.index]).toEqual([false, p.steps.length - 1])
  })

  it('does not advance while paused', async () => {
    const { p } = await playing()
    p.togglePlay()
    await nextTick()
    await wait(p.intervalMs)
    expect(p.index).toBe(0)
  })

  it('stops when the component is gone', async () => {
    const { p, unmount } = await playing()
    unmount()
    await wait(p.intervalMs)
    expect(p.index).toBe(0)
  })
})

describe('usePresentationTimers: kiosk loop', () => {
  /** The timers running on a `kiosk=1` page. */
  async function kiosk() {
    const mounted = await mountComposable(usePresentationTimers)
    const p = usePresentationStore()
    p.kiosk = true
    await nextTick()
    return { p, ...mounted }
  }

  it('starts the looping presentation after the idle time', async () => {
    const { p } = await kiosk()
    await wait(KIOSK_IDLE_MS)
    expect([p.active, p.looping, p.playing]).toEqual([true, true, true])
  })

  it('starts the idle clock again on any input', async () => {
    const { p } = await kiosk()
    await wait(KIOSK_IDLE_MS - 1000)
    window.dispatchEvent(new Event('pointermove'))
    await wait(1000)
    expect(p.active).toBe(false)
  })

  it('never starts by itself without kiosk=1', async () => {
    await mountComposable(usePresentationTimers)
    await wait(KIOSK_IDLE_MS)
    expect(usePresentationStore().active).toBe(false)
  })

  it('waits again after someone leaves the presentation', async () => {
    const { p } = await kiosk()
    await wait(KIOSK_IDLE_MS)
    p.leave()
    await nextTick()
    await wait(KIOSK_IDLE_MS - 1)
    expect(p.active).toBe(false)
    await wait(1)
    expect(p.active).toBe(true)
  })
})
