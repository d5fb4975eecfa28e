// @vitest-environment happy-dom
import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import { startPresenting, usePresentationKeys } from '../../../src/composables/usePresentationKeys'
import { usePresentationStore } from '../../../src/stores/presentation'
import { mountComposable } from './mount'

/**
 * The Fullscreen API as a browser has it (happy-dom has none), installed before the page's full
 * screen is first made: `requests` counts what the page asked for, `leaveByBrowser` is the
 * browser's own Esc.
 */
const screen = (() => {
  let element: Element | null = null
  const state = { requests: 0, exits: 0 }
  const change = (to: Element | null) => {
    element = to
    document.dispatchEvent(new Event('fullscreenchange'))
  }
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => element })
  // The flag VueUse checks for support (Firefox's name; Chromium has webkitIsFullScreen).
  Object.defineProperty(document, 'fullScreen', { configurable: true, get: () => element !== null })
  document.exitFullscreen = async () => {
    state.exits += 1
    change(null)
  }
  document.documentElement.requestFullscreen = async () => {
    state.requests += 1
    change(document.documentElement)
  }
  return {
    get requests() {
      return state.requests
    },
    get exits() {
      return state.exits
    },
    get on() {
      return element !== null
    },
    leaveByBrowser: () => change(null),
  }
})()

/** Lets the promises of the fake API settle and the watchers they trigger run. */
const settle = async () => {
  for (let i = 0; i < 3; i++) await nextTick()
}

/** The keys bound, the presentation started as the header's button starts it. */
async function presenting() {
  await mountComposable(usePresentationKeys)
  const p = usePresentationStore()
  startPresenting(p)
  await settle()
  return p
}

describe('presentation full screen', () => {
  it('enters full screen when the presentation starts', async () => {
    const p = await presenting()
    expect([p.active, screen.on]).toEqual([true, true])
  })

  it('exits the full screen it entered when the presentation ends', async () => {
    const p = await presenting()
    p.leave()
    await settle()
    expect(screen.on).toBe(false)
  })

  it('leaves the presentation when the browser leaves full screen (Esc)', async () => {
    const p = await presenting()
    screen.leaveByBrowser()
    await settle()
    expect(p.active).toBe(false)
  })

  it('does not exit a full screen it did not enter', async () => {
    await mountComposable(usePresentationKeys)
    const p = usePresentationStore()
    p.enter()
    await settle()
    const exits = screen.exits
    p.leave()
    await settle()
    expect(screen.exits).toBe(exits)
  })
})
