import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openPage, waitForMap, type PageWatch } from './browser'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()

const CHUNK = /\/assets\/createMap-[^/]*\.js$/
const PHONE = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
const STATIC = '[data-testid="static-choropleth"]'

interface Held {
  watch: PageWatch
  release: () => void
  /** For each request of the createMap chunk: whether `select-ready` had been marked by then. */
  requestedAfterReady: boolean[]
}

/** Opens `hash` with MapLibre's chunk held back until `release()`, recording when it was asked. */
async function openHeld(hash: string, options: BrowserContextOptions = {}): Promise<Held> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  const requestedAfterReady: boolean[] = []
  const watch = await openPage(app.browser!, app.origin, options)
  await watch.page.route(CHUNK, async (route) => {
    requestedAfterReady.push(
      await watch.page.evaluate(() => performance.getEntriesByName('select-ready').length > 0),
    )
    await held
    await route.continue()
  })
  await watch.page.goto(`${app.origin}/${hash}`)
  await watch.page.locator(`${STATIC} path[data-area-id="laoshan"]`).waitFor()
  await watch.page.waitForFunction(() => performance.getEntriesByName('select-ready').length > 0)
  return { watch, release, requestedAfterReady }
}

type Box = { left: number; top: number; right: number; bottom: number }

/** 崂山区 on the static map: its polygon's box and its label point, in page px. */
function staticLaoshan(page: Page) {
  return page.evaluate((sel) => {
    const svg = document.querySelector(sel)!
    const origin = svg.getBoundingClientRect()
    const r = svg.querySelector('path[data-area-id="laoshan"]')!.getBoundingClientRect()
    const label = svg.querySelector('[data-label-for="laoshan"]')!
    return {
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      label: {
        x: origin.left + Number(label.getAttribute('x')),
        y: origin.top + Number(label.getAttribute('y')),
      },
    }
  }, STATIC)
}

/** A point on 崂山区's polygon away from its label (where the live map's label button goes). */
function pointOnLaoshan(page: Page, label: { x: number; y: number }) {
  return page.evaluate((l) => {
    for (let d = 30; d < 120; d += 6) {
      for (const [dx, dy] of [
        [0, d],
        [d, 0],
        [0, -d],
        [-d, 0],
      ] as const) {
        const hit = document.elementFromPoint(l.x + dx, l.y + dy)
        if (hit?.getAttribute('data-area-id') === 'laoshan') return { x: l.x + dx, y: l.y + dy }
      }
    }
    throw new Error('no point on laoshan')
  }, label)
}

/** The live map's selected area, as the controller reports it (container px → page px). */
function liveSelectedBox(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const map = document.querySelector<HTMLElement>('[data-testid="map"]')!
    const o = map.getBoundingClientRect()
    const [l, t, r, b] = (map.dataset.selectedBox ?? '').split(',').map(Number)
    return { left: l! + o.left, top: t! + o.top, right: r! + o.left, bottom: b! + o.top }
  })
}

function expectSameBox(a: Box, b: Box, tolerance = 2) {
  for (const side of ['left', 'top', 'right', 'bottom'] as const) {
    expect(Math.abs(a[side] - b[side]), side).toBeLessThanOrEqual(tolerance)
  }
}

const panelTitle = (page: Page) => page.locator('[data-testid="area-panel"] h2').textContent()
const tooltip = (page: Page) => page.getByTestId('tooltip')

/** The tooltip is whole on screen: inside the viewport's sides and above the phone's sheet. */
async function expectTooltipOnScreen(page: Page) {
  await expect.poll(() => tooltip(page).isVisible()).toBe(true)
  const tip = (await tooltip(page).boundingBox())!
  const sheet = (await page.getByTestId('side-panel').boundingBox())!
  const { width } = page.viewportSize()!
  expect(tip.x).toBeGreaterThanOrEqual(0)
  expect(tip.x + tip.width).toBeLessThanOrEqual(width)
  expect(tip.y + tip.height).toBeLessThanOrEqual(sheet.y)
}

/** MapLibre's chunk, released: it takes over, and the static map has gone. */
async function release(held: Held) {
  const { page } = held.watch
  held.release()
  await waitForMap(page, 1)
  await page.locator(STATIC).waitFor({ state: 'detached' })
}

describe('the static map before MapLibre, and the hand-over', () => {
  it('answers hover, click and keys before MapLibre, which takes over where it stood', async () => {
    const held = await openHeld('')
    const { page } = held.watch
    // MapLibre is asked for only once the static map answers clicks.
    expect(held.requestedAfterReady.every(Boolean)).toBe(true)
    const { label, box } = await staticLaoshan(page)
    const on = await pointOnLaoshan(page, label)

    // Hover: the live map's tooltip and hover outline.
    await page.mouse.move(on.x, on.y)
    await expect.poll(() => tooltip(page).textContent()).toContain('崂山区')
    expect(await page.locator(`${STATIC} [data-outline-for="laoshan"]`).count()).toBe(1)
    // A real click on the polygon opens the panel.
    await page.mouse.click(on.x, on.y)
    await expect.poll(() => panelTitle(page)).toContain('崂山区')
    const selected = page.locator(`${STATIC} path[data-area-id="laoshan"]`)
    expect(await selected.getAttribute('aria-pressed')).toBe('true')

    // The keyboard: areas are tab stops named with their value (the map itself is none, as the
    // live map's labels are its stops); Enter and Space select.
    await page.keyboard.press('Tab')
    const next = await page.evaluate(() => ({
      id: document.activeElement?.getAttribute('data-area-id'),
      name: document.activeElement?.getAttribute('aria-label'),
    }))
    expect(next.id).toBeTruthy()
    expect(next.id).not.toBe('laoshan')
    expect(next.name).toMatch(/^\S+ \S+.*, .+: .+$/)
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.getByTestId('area-panel').getAttribute('aria-labelledby'))
      .toBe(`panel-title-${next.id}`)
    await page.keyboard.press('Shift+Tab')
    expect(await selected.evaluate((el) => el === document.activeElement)).toBe(true)
    // From the header's last control, Tab goes to the first area, not to the map's <svg>.
    await page.locator('.lang-button').last().focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('path')
    await selected.focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    expect(await selected.getAttribute('aria-label')).toContain('崂山区 Laoshan')
    // A visible focus ring that follows the area's shape (an outline would be its bounding box,
    // islands and sea included).
    const ring = await selected.evaluate((el) => {
      const style = getComputedStyle(el)
      return { outline: style.outlineStyle, stroke: parseFloat(style.strokeWidth) }
    })
    expect(ring).toEqual({ outline: 'none', stroke: 5 })
    await page.keyboard.press(' ')
    await expect.poll(() => panelTitle(page)).toContain('崂山区')
    await expect.poll(() => tooltip(page).textContent()).toContain('崂山区')
    expect(held.requestedAfterReady.every(Boolean)).toBe(true)
    await page.screenshot({ path: `${OUT}/handover-before.png` })

    await release(held)
    // The selection stays: the panel, and the live map's own selected outline and label.
    expect(await panelTitle(page)).toContain('崂山区')
    await page.locator('.map-label.is-selected[data-area-id="laoshan"]').waitFor()
    // The camera stays: the live map projects 崂山区 where the static map drew it.
    expectSameBox(await liveSelectedBox(page), box)
    // Focus and hover stay on 崂山区, now on the live map's label button.
    expect(
      await page.evaluate(() =>
        document.activeElement?.matches('.map-label[data-area-id="laoshan"]'),
      ),
    ).toBe(true)
    expect(await tooltip(page).textContent()).toContain('崂山区')
    await page.screenshot({ path: `${OUT}/handover-after.png` })
    // The first move on the canvas carries the hover on, and a move to the sea ends it.
    await page.mouse.move(on.x + 2, on.y + 1)
    await expect.poll(() => tooltip(page).textContent()).toContain('崂山区')
    // A chunk request before select-ready would have been recorded false.
    expect(held.requestedAfterReady.length).toBeGreaterThan(0)
    expect(held.requestedAfterReady.every(Boolean)).toBe(true)
    expectClean(held.watch)
  })

  it('keeps a hover the pointer rests on through the hand-over, until the pointer moves on', async () => {
    const held = await openHeld('')
    const { page } = held.watch
    const { label } = await staticLaoshan(page)
    const on = await pointOnLaoshan(page, label)
    await page.mouse.move(on.x, on.y)
    await expect.poll(() => tooltip(page).textContent()).toContain('崂山区')
    await release(held)
    // Nothing moved: the tooltip stays, and the live map draws the hover outline.
    expect(await tooltip(page).textContent()).toContain('崂山区')
    await page.locator('.map-label.is-hovered[data-area-id="laoshan"]').waitFor()
    // The first move off every area (the sea, south-east of Qingdao) ends it.
    await page.mouse.move(1200, 760)
    await expect.poll(() => tooltip(page).count()).toBe(0)
    expectClean(held.watch)
  })

  it('gives a tap beside a small zone circle on a phone to that zone, as the live map does', async () => {
    const held = await openHeld('', { viewport: { width: 390, height: 844 }, ...PHONE })
    const { page } = held.watch
    // A zone circle under 44 px across, and a point 16 px below its centre, off the circle but
    // inside its 44 px touch circle, where nothing else is on top.
    const target = await page.evaluate((sel) => {
      const svg = document.querySelector(sel)!
      const circles = Array.from(svg.querySelectorAll('circle.static-choropleth__area'))
      for (const c of circles) {
        const r = c.getBoundingClientRect()
        if (r.width >= 30) continue
        const x = r.left + r.width / 2
        const y = r.top + r.height / 2 + 16
        const hit = document.elementFromPoint(x, y)
        const id = c.getAttribute('data-zone-id')
        if (hit?.getAttribute('data-zone-id') === id) return { id, x, y }
      }
      return null
    }, STATIC)
    expect(target).not.toBeNull()
    await page.touchscreen.tap(target!.x, target!.y)
    await expect
      .poll(() => page.getByTestId('area-panel').getAttribute('aria-labelledby'))
      .toBe(`panel-title-${target!.id}`)
    held.release()
    expectClean(held.watch)
  })

  it('hands a shared area link over on a phone with the area framed in the same place', async () => {
    const held = await openHeld('#a=laoshan', { viewport: { width: 390, height: 844 }, ...PHONE })
    const { page } = held.watch
    expect(held.requestedAfterReady.every(Boolean)).toBe(true)
    await expect
      .poll(() => page.getByTestId('side-panel').getAttribute('data-sheet-open'))
      .toBe('true')
    await expect.poll(() => panelTitle(page)).toContain('崂山区')
    // Settled: the first paint has measured the opened sheet.
    await page.waitForTimeout(400)
    const { box, label } = await staticLaoshan(page)
    // A tap on the polygon keeps it selected (and the panel open).
    await page.touchscreen.tap(label.x, label.y)
    await expect.poll(() => panelTitle(page)).toContain('崂山区')
    await expectTooltipOnScreen(page)
    await page.screenshot({ path: `${OUT}/handover-phone-before.png` })
    await release(held)
    expect(await panelTitle(page)).toContain('崂山区')
    await page.locator('.map-label.is-selected[data-area-id="laoshan"]').waitFor()
    expectSameBox(await liveSelectedBox(page), box)
    await expectTooltipOnScreen(page)
    await page.screenshot({ path: `${OUT}/handover-phone-after.png` })
    expect(held.requestedAfterReady.every(Boolean)).toBe(true)
    expectClean(held.watch)
  })
})
