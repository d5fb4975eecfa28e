import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()

/** Ids of the area labels the map shows (rendered, not hidden by the collision rule). */
const shownLabels = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.map-label[data-area-id]'))
      .filter((el) => !el.classList.contains('is-hidden') && !el.classList.contains('is-off'))
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map((el) => el.dataset.areaId ?? ''),
  )

describe('the legend of everything drawn', () => {
  it('has a zones block that explains the circles and the dashed footprint', async () => {
    const watch = await app.open('', { viewport: { width: 1366, height: 768 } })
    const { page } = watch
    const zones = page.getByTestId('legend-zones')
    await expect.poll(() => zones.isVisible()).toBe(true)
    expect(await zones.locator('h3').textContent()).toContain('功能区')
    expect(await page.getByTestId('legend-zone-size').textContent()).toContain('面积与数值成正比')
    // Two or three reference circles, the largest first, drawn on the map's own scale.
    const radii = await page
      .getByTestId('legend-zone-circles')
      .locator('circle')
      .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('r'))))
    expect(radii.length).toBeGreaterThanOrEqual(2)
    expect(radii.length).toBeLessThanOrEqual(3)
    expect(radii).toEqual([...radii].sort((a, b) => b - a))
    expect(await page.getByTestId('legend-zone-footprint').textContent()).toContain('虚线圈')
    // The method is named in plain words, never by the algorithm's name.
    expect(await page.getByTestId('legend').textContent()).not.toMatch(/ckmeans/i)
    // The live map, not the static first paint fading out over it.
    await page.getByTestId('static-choropleth').waitFor({ state: 'detached' })
    await page.screenshot({ path: `${OUT}/legend-desktop-zh.png` })
    expectClean(watch)
  })

  it('says how many classes it shows, and why, when 7 are chosen', async () => {
    for (const [lang, text] of [
      ['zh', /显示 \d 级而非 7 级/],
      ['en', /\d classes, not 7/],
    ] as const) {
      const watch = await app.open(`#c=nb7&l=${lang}`, { viewport: { width: 1366, height: 768 } })
      const { page } = watch
      const note = page.getByTestId('legend-class-note')
      await expect.poll(() => note.textContent()).toMatch(text)
      // The note counts what the legend lists.
      const shown = await page
        .locator('[data-testid^="legend-bin-"]:not([data-testid$="nodata"])')
        .count()
      expect(await note.textContent()).toContain(String(shown))
      expectClean(watch)
    }
  })

  it('on a phone: 李沧区 keeps its label and the compact legend shows without a tap', async () => {
    const watch = await app.open('#l=en', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    })
    const { page } = watch
    await expect.poll(() => shownLabels(page)).toContain('licang')
    const compact = page.getByTestId('legend-compact')
    expect(await compact.isVisible()).toBe(true)
    await page.getByTestId('static-choropleth').waitFor({ state: 'detached' })
    await page.screenshot({ path: `${OUT}/legend-phone-en.png` })
    const box = (await compact.boundingBox())!
    // A row, not a panel: it leaves the map visible.
    expect(box.height).toBeLessThan(80)
    expect(box.width).toBeLessThanOrEqual(390)
    // Every area whose label the collision rule hid is still in the table, and selectable.
    const hidden = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.map-label.is-hidden')).map(
        (el) => el.dataset.areaId ?? '',
      ),
    )
    for (const id of hidden) {
      expect(
        await page.locator(`[data-testid="area-table"] button[data-area-id="${id}"]`).count(),
      ).toBe(1)
    }
    if (hidden[0]) {
      await page
        .locator(`[data-testid="area-table"] button[data-area-id="${hidden[0]}"]`)
        .dispatchEvent('click')
      await expect
        .poll(() =>
          page.locator(`.map-label[data-area-id="${hidden[0]}"]`).getAttribute('aria-pressed'),
        )
        .toBe('true')
    }
    // A tap opens the full legend, zones block included.
    await compact.tap()
    await expect.poll(() => page.getByTestId('legend-zones').isVisible()).toBe(true)
    expectClean(watch)
  })

  it.each([
    [390, 844],
    [360, 640],
    [1366, 768],
  ])('keeps the labels of every district with a figure at %i×%i', async (width, height) => {
    const watch = await app.open('', { viewport: { width, height } })
    const { page } = watch
    await expect.poll(() => shownLabels(page)).toContain('licang')
    const districts = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.map-label--district')).map((el) => ({
        id: el.dataset.areaId,
        hidden: el.classList.contains('is-hidden'),
        empty: el.classList.contains('is-empty'),
      })),
    )
    expect(districts.filter((d) => !d.empty).length).toBeGreaterThan(0)
    expect(districts.filter((d) => d.hidden && !d.empty)).toEqual([])
    expectClean(watch)
  })

  it('renders zone labels in English in English mode', async () => {
    const watch = await app.open('#l=en', { viewport: { width: 1366, height: 768 } })
    const { page } = watch
    // The names a zone label shows (its visible lines), whether or not a collision hid it.
    const shownNames = (id: string) =>
      page
        .locator(`.map-label--zone[data-area-id="${id}"] span`)
        .evaluateAll((spans) =>
          spans.filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.textContent),
        )
    await expect.poll(() => shownNames('marine-hitech')).toEqual(['Marine High-tech Zone'])
    expect(await shownNames('dongjiakou')).toEqual(['Dongjiakou Economic Zone'])
    expect(await page.getByTestId('legend-zones').locator('h3').textContent()).toContain(
      'Functional zones',
    )
    expectClean(watch)
  })
})
