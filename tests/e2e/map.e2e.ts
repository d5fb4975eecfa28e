import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { loseContext, restoreContext, waitForMap } from './browser'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()

describe('the map of Qingdao', () => {
  it('draws the ten districts with labels, offline, and draws the districts offline', async () => {
    const watch = await app.open('', { waitMap: false })
    expect(await waitForMap(watch.page)).toBe(10)
    const labels = await watch.page.locator('.map-label--district .map-label__zh').allTextContents()
    expect(labels).toHaveLength(10)
    expect(labels).toContain('即墨区')
    expect(labels).toContain('崂山区')
    expect(await watch.page.title()).toContain('Qingdao Pledge Map')
    await watch.page.screenshot({ path: `${OUT}/map-desktop.png` })
    expectClean(watch)
  })

  it.each([
    [360, 640],
    [1920, 1080],
    [3840, 2160],
  ])('fits all of Qingdao in a %i×%i viewport', async (width, height) => {
    const watch = await app.open('', { viewport: { width, height }, waitMap: false })
    expect(await waitForMap(watch.page)).toBe(10)
    // Every district label lies inside the map's box: nothing is cut off.
    const box = await watch.page.locator('[data-testid="map"]').boundingBox()
    const labelBoxes = await watch.page
      .locator('.map-label--district')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))
    for (const l of labelBoxes) {
      expect(l.x + l.width / 2).toBeGreaterThan(box!.x)
      expect(l.x + l.width / 2).toBeLessThan(box!.x + box!.width)
      expect(l.y + l.height / 2).toBeGreaterThan(box!.y)
      expect(l.y + l.height / 2).toBeLessThan(box!.y + box!.height)
    }
    await watch.page.screenshot({ path: `${OUT}/fit-${width}x${height}.png` })
    expectClean(watch)
  })

  it('selects a district by clicking its polygon and by keyboard on its label', async () => {
    const watch = await app.open()
    const { page } = watch
    // Click a point inside 平度 away from its label: the polygon itself must be hit.
    const pingdu = page.locator('.map-label[data-area-id="pingdu"]')
    const b = (await pingdu.boundingBox())!
    await page.mouse.click(b.x + b.width / 2, b.y + b.height + 30)
    await expect.poll(() => pingdu.getAttribute('aria-pressed')).toBe('true')

    await page.locator('.map-label[data-area-id="laoshan"]').focus()
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.locator('.map-label[data-area-id="laoshan"]').getAttribute('aria-pressed'))
      .toBe('true')
    expect(await pingdu.getAttribute('aria-pressed')).toBe('false')
    expectClean(watch)
  })
})

/** The live canvas's colour inside a district, at its label's centre (labels are HTML, not drawn). */
function canvasColourAt(page: Page, areaId: string): Promise<string> {
  return page.evaluate((id) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!
    const label = document.querySelector(`.map-label[data-area-id="${id}"]`)!
    const l = label.getBoundingClientRect()
    const box = canvas.getBoundingClientRect()
    const scale = canvas.width / box.width
    // The canvas keeps its drawing buffer (preserveDrawingBuffer), so it can be read back.
    const one = document.createElement('canvas')
    one.width = one.height = 1
    const ctx = one.getContext('2d')!
    const x = (l.x + l.width / 2 - box.x) * scale
    const y = (l.y + l.height / 2 - box.y) * scale
    ctx.drawImage(canvas, x, y, 1, 1, 0, 0, 1, 1)
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data
    return `rgb(${r}, ${g}, ${b})`
  }, areaId)
}

describe('a lost WebGL context', () => {
  it('repaints the class colours once restored, and keeps the PNG export (drawn from data)', async () => {
    const watch = await app.open()
    const { page } = watch
    const legend = await page
      .locator('.map-legend__swatch:not(.map-legend__swatch--nodata)')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor))
    const before = await canvasColourAt(page, 'pingdu')
    expect(legend).toContain(before)

    await loseContext(page)
    await page.getByTestId('context-lost').waitFor()
    // Issue 14: the PNG is laid out from the data, not copied from the WebGL canvas.
    expect(await page.getByTestId('export-png').isDisabled()).toBe(false)

    await restoreContext(page)
    await expect.poll(() => page.getByTestId('context-lost').count()).toBe(0)
    expect(await waitForMap(page)).toBe(10)
    await page.getByTestId('static-choropleth').waitFor({ state: 'detached' })
    await page.screenshot({ path: `${OUT}/context-restored.png` })
    expect(await canvasColourAt(page, 'pingdu')).toBe(before)
    expect(await canvasColourAt(page, 'laoshan')).not.toBe('rgb(0, 0, 0)')
    expect(legend).toContain(await canvasColourAt(page, 'laoshan'))
    expect(await page.getByTestId('export-png').isDisabled()).toBe(false)
    expectClean(watch)
  })
})
