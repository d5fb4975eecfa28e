// @vitest-environment happy-dom
import { nextTick } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { usePresentationKeys } from '../../../src/composables/usePresentationKeys'
import { usePresentationStore } from '../../../src/stores/presentation'
import { mountComposable } from './mount'

afterEach(() => vi.unstubAllGlobals())

function press(key: string, target: EventTarget = window, init: KeyboardEventInit = {}) {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(e)
  return e
}

/** The keys bound, the presentation entered (unless `enter` is false). */
async function keys(enter = true) {
  const mounted = await mountComposable(usePresentationKeys)
  const p = usePresentationStore()
  if (enter) p.enter()
  await nextTick()
  return { p, ...mounted }
}

describe('usePresentationKeys', () => {
  it('starts the presentation with P in the explorer', async () => {
    const { p } = await keys(false)
    press('p')
    expect(p.active).toBe(true)
  })

  it.each([
    ['ArrowRight', 1],
    ['PageDown', 1],
    [' ', 1],
  ])('steps forward with %s, as a clicker sends', async (key, index) => {
    const { p } = await keys()
    press(key)
    expect(p.index).toBe(index)
  })

  it('steps back with PageUp', async () => {
    const { p } = await keys()
    p.next()
    p.next()
    press('PageUp')
    expect(p.index).toBe(1)
  })

  it('jumps to the last step with End and back with Home', async () => {
    const { p } = await keys()
    press('End')
    expect(p.index).toBe(p.steps.length - 1)
    press('Home')
    expect(p.index).toBe(0)
  })

  it('blanks the screen with B', async () => {
    const { p } = await keys()
    press('b')
    expect(p.blanked).toBe(true)
  })

  it('starts auto-advance with A', async () => {
    const { p } = await keys()
    press('a')
    expect(p.playing).toBe(true)
  })

  it('leaves the presentation with Escape', async () => {
    const { p } = await keys()
    press('Escape')
    expect(p.active).toBe(false)
  })

  it('takes the key from the page, so that a clicker does not scroll it', async () => {
    await keys()
    expect(press('PageDown').defaultPrevented).toBe(true)
  })

  it('leaves keys typed into a text field alone', async () => {
    const { p } = await keys()
    const input = document.body.appendChild(document.createElement('input'))
    press('ArrowRight', input)
    expect(p.index).toBe(0)
  })

  it('ignores a key another handler already took', async () => {
    const { p } = await keys()
    const e = new KeyboardEvent('keydown', { key: 'ArrowRight', cancelable: true })
    e.preventDefault()
    window.dispatchEvent(e)
    expect(p.index).toBe(0)
  })

  it('stops listening when the component is gone', async () => {
    const { p, unmount } = await keys()
    unmount()
    press('ArrowRight')
    expect(p.index).toBe(0)
  })
})
