import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openPage, waitForMap } from './browser'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()

const PHONE = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
const P390 = { viewport: { width: 390, height: 844 }, ...PHONE }
const P360 = { viewport: { width: 360, height: 640 }, ...PHONE }

/** Opens `hash` on a phone; a framed area may show fewer than ten districts, so any count will do. */
async function openPhone(hash: string, device = P390) {
  const watch = await app.open(hash, { ...device, waitMap: false })
  await waitForMap(watch.page, 1)
  return watch
}

/**
 * Every visible control smaller than 44 × 44 CSS px, as "tag.class "name" w×h". A control's
 * target is its own box, grown by an absolutely placed ::after (map labels) or by the <label>
 * around it (the table's checkboxes).
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"]'
    const out: string[] = []
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const r = el.getBoundingClientRect()
      // Not rendered, or visually hidden (1 px clip): not a target.
      if (r.width <= 1 || r.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue
      // Covered by something opaque on top (a dialog, the sheet): not tappable, so not a target.
      // A control scrolled out of view is still checked.
      const x = r.left + r.width / 2
      const y = r.top + r.height / 2
      if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight) {
        const top = document.elementFromPoint(x, y)
        if (top && !el.contains(top) && !top.contains(el) && !el.closest('label')?.contains(top))
          continue
      }
      let w = r.width
      let h = r.height
      const after = getComputedStyle(el, '::after')
      if (after.content !== 'none' && after.position === 'absolute') {
        w = Math.max(w, parseFloat(after.width) || 0)
        h = Math.max(h, parseFloat(after.height) || 0)
      }
      const label = el.closest('label')?.getBoundingClientRect()
      if (label) {
        w = Math.max(w, label.width)
        h = Math.max(h, label.height)
      }
      if (w < 43.5 || h < 43.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)
        const cls = String(el.className).split(' ')[0]
        out.push(`${el.tagName.toLowerCase()}.${cls} "${name}" ${Math.round(w)}×${Math.round(h)}`)
      }
    }
    return out
  })
}

/** The selected area's projected bounds in page px, and the sheet's top edge. */
async function framing(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector<HTMLElement>('[data-testid="map"]')!
    const origin = map.getBoundingClientRect()
    const [left, top, right, bottom] = (map.dataset.selectedBox ?? '').split(',').map(Number)
    const sheet = document.querySelector('[data-testid="side-panel"]')!.getBoundingClientRect()
    return {
      area: {
        left: left! + origin.left,
        top: top! + origin.top,
        right: right! + origin.left,
        bottom: bottom! + origin.top,
      },
      mapTop: origin.top,
      sheetTop: sheet.top,
    }
  })
}

describe('the explorer on a phone', () => {
  it('opens a shared area link with the sheet open and the area framed above it', async () => {
    const watch = await openPhone('#a=laoshan')
    const { page } = watch
    const sheet = page.getByTestId('side-panel')
    expect(await sheet.getAttribute('class')).toContain('is-open')
    expect(await page.getByTestId('sheet-handle').getAttribute('aria-expanded')).toBe('true')
    await page.getByTestId('area-panel').locator('h2').waitFor()
    // The sheet shows the panel: it covers a good part of the screen, not just its handle.
    expect((await sheet.boundingBox())!.height).toBeGreaterThan(200)
    await expect.poll(async () => (await framing(page)).area.bottom).toBeGreaterThan(0)
    // Once the sheet has settled the area lies in the map above the sheet, and is not a speck.
    await expect
      .poll(async () => {
        const f = await framing(page)
        return f.area.bottom <= f.sheetTop && f.area.top >= f.mapTop
      })
      .toBe(true)
    const f = await framing(page)
    expect(f.area.bottom - f.area.top).toBeGreaterThan(100)
    await page.screenshot({ path: `${OUT}/phone-laoshan-zh-390x844.png` })
    expectClean(watch)
  })

  it('frames a tapped area above the sheet that opens (360 × 640)', async () => {
    const watch = await openPhone('', P360)
    const { page } = watch
    await page.locator('.map-label[data-area-id="pingdu"]').tap()
    await expect
      .poll(async () => {
        const f = await framing(page)
        return f.area.bottom > f.area.top && f.area.bottom <= f.sheetTop && f.area.top >= f.mapTop
      })
      .toBe(true)
    expectClean(watch)
  })

  it.each([
    ['the home view, 360 × 640', '', P360],
    ['an area panel, 390 × 844', '#a=laoshan', P390],
  ])('has no control smaller than 44 px: %s', async (_, hash, device) => {
    const watch = await openPhone(hash, device)
    const { page } = watch
    // The live map's controls: the static map's areas (buttons too) fade out once it has drawn.
    await page.getByTestId('static-choropleth').waitFor({ state: 'detached' })
    expect(await smallTargets(page)).toEqual([])
    // The tools menu, and the map settings it opens, are checked open too.
    await page.getByTestId('tools-toggle').tap()
    await page.getByTestId('tools-menu').waitFor()
    expect(await smallTargets(page)).toEqual([])
    if (!hash) await page.screenshot({ path: `${OUT}/phone-tools-360x640.png` })
    await page.getByTestId('tools-map-options').tap()
    await page.getByTestId('legend').waitFor()
    expect(await page.getByTestId('tools-menu').isVisible()).toBe(false)
    expect(await smallTargets(page)).toEqual([])
    expectClean(watch)
  })

  it('shows the legend in one row without opening anything, and the tools in one menu', async () => {
    const watch = await openPhone('', P360)
    const { page } = watch
    const compact = page.getByTestId('legend-compact')
    expect(await compact.isVisible()).toBe(true)
    // It covers little of the map: a strip at the top, not the 60 % the full legend took.
    const legend = (await compact.boundingBox())!
    const map = (await page.getByTestId('map').boundingBox())!
    expect(legend.height * legend.width).toBeLessThan(0.12 * map.height * map.width)
    expect(await page.getByTestId('legend').isVisible()).toBe(false)
    // The header's tools are behind one button.
    for (const id of ['present-button', 'methodology-open']) {
      expect(await page.getByTestId(id).isVisible()).toBe(false)
    }
    await page.getByTestId('tools-toggle').tap()
    const menu = page.getByTestId('tools-menu')
    for (const id of ['present-button', 'methodology-open', 'tools-map-options']) {
      expect(await menu.getByTestId(id).isVisible()).toBe(true)
    }
    expect(await menu.getByRole('button', { name: /CSV/ }).first().isVisible()).toBe(true)
    await menu.getByRole('button', { name: 'English' }).tap()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.getByTestId('tools-toggle').tap()
    expect(await menu.isVisible()).toBe(false)
    await page.screenshot({ path: `${OUT}/phone-home-360x640.png` })
    await compact.tap()
    expect(await page.getByTestId('legend').isVisible()).toBe(true)
    expectClean(watch)
  })

  it('gives a tap on a zone label to that zone, not to its neighbour', async () => {
    // Framed on 黄岛区, whose zones' labels crowd together (海洋高新区 beside 现代农业示范区).
    const watch = await openPhone('#a=huangdao', P390)
    const { page } = watch
    const label = page.locator('.map-label[data-area-id="marine-hitech"]')
    await expect.poll(() => page.getByTestId('map').getAttribute('data-selected-box')).toMatch(/,/)
    await page.waitForTimeout(0)
    expect(await label.evaluate((el) => el.classList.contains('is-hidden'))).toBe(false)
    const box = (await label.boundingBox())!
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('a=marine-hitech')
    expect(await label.getAttribute('aria-pressed')).toBe('true')
    expectClean(watch)
  })

  it('shares the link: copies it when there is no share sheet, and says so', async () => {
    // The stubs go in before the app's first load (a hash change would not reload the page).
    const watch = await openPage(app.browser!, app.origin, P390)
    const { page } = watch
    await page.addInitScript(() => {
      const w = window as Window & { copied?: string[] }
      w.copied = []
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true })
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text: string) => void w.copied!.push(text) },
        configurable: true,
      })
    })
    await page.goto(`${app.origin}/#a=laoshan`)
    await waitForMap(page, 1)
    await page.getByTestId('share-button').tap()
    const status = page.getByTestId('share-status')
    await expect.poll(() => status.textContent()).toBe('链接已复制')
    expect(await status.isVisible()).toBe(true)
    const copied = await page.evaluate(() => (window as Window & { copied?: string[] }).copied)
    expect(copied).toEqual([page.url()])
    expect(page.url()).toContain('#a=laoshan')
    expectClean(watch)
  })

  it('says presentation mode is for big screens, and lets the presenter go on or back', async () => {
    const watch = await openPhone('', P390)
    const { page } = watch
    await page.getByTestId('tools-toggle').tap()
    await page.getByTestId('present-button').tap()
    const notice = page.getByTestId('present-phone')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('大屏幕')
    expect(await notice.getByTestId('share-button').isVisible()).toBe(true)
    expect(await smallTargets(page)).toEqual([])
    await page.screenshot({ path: `${OUT}/phone-present.png` })
    await page.getByTestId('present-phone-continue').tap()
    expect(await notice.count()).toBe(0)
    expect(await page.getByTestId('present-caption').isVisible()).toBe(true)
    expect(await smallTargets(page)).toEqual([])
    await page.screenshot({ path: `${OUT}/phone-present-continued.png` })
    // Gone on, the caption's body type stays readable (the big-screen scale would give 7 px).
    const size = await page
      .getByTestId('present-caption')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(size).toBeGreaterThanOrEqual(14)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('presentation').count()).toBe(0)
    // Entering again asks again; "back to the map" leaves.
    await page.getByTestId('tools-toggle').tap()
    await page.getByTestId('present-button').tap()
    await page.getByTestId('present-phone-leave').tap()
    await expect.poll(() => page.getByTestId('presentation').count()).toBe(0)
    expectClean(watch)
  })

  it('paints a shared area link framed before MapLibre arrives, where the live map frames it', async () => {
    // Hold MapLibre's chunk back, so the static first paint is what the phone shows.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const watch = await openPage(app.browser!, app.origin, P390)
    const { page } = watch
    await page.route(/\/assets\/createMap-[^/]*\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`${app.origin}/#a=laoshan`)
    const area = page.locator('[data-testid="static-choropleth"] path[data-area-id="laoshan"]')
    await area.waitFor()
    // Settled: the sheet is open and the first paint has measured it.
    await expect
      .poll(() => page.getByTestId('side-panel').getAttribute('data-sheet-open'))
      .toBe('true')
    await page.waitForTimeout(300)
    const before = (await area.boundingBox())!
    await page.screenshot({ path: `${OUT}/phone-first-paint-laoshan.png` })
    release()
    await waitForMap(page, 1)
    const live = await framing(page)
    // The same district, at the same place: no jump when the live map takes over.
    for (const [a, b] of [
      [before.x, live.area.left],
      [before.y, live.area.top],
      [before.x + before.width, live.area.right],
      [before.y + before.height, live.area.bottom],
    ] as const) {
      expect(Math.abs(a - b)).toBeLessThan(8)
    }
    expectClean(watch)
  })
})
