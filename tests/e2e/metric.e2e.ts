import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { waitForMap } from './browser'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()
const VIEWPORT = { viewport: { width: 1280, height: 800 } }

/** Centres of the district labels in map-container pixels: points inside each district. */
const districtPoints = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector<HTMLElement>('[data-testid="map"]')!.getBoundingClientRect()
    return Array.from(document.querySelectorAll<HTMLElement>('.map-label--district')).map((el) => {
      const r = el.getBoundingClientRect()
      return {
        id: el.dataset.areaId ?? '',
        x: Math.round(r.left + r.width / 2 - map.left),
        y: Math.round(r.top + r.height / 2 - map.top),
      }
    })
  })

/** What MapLibre drew at these points: its canvas keeps its buffer (the PNG export reads it). */
const canvasColours = (page: Page, points: { id: string; x: number; y: number }[]) =>
  page.evaluate((pts) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas')!
    const copy = document.createElement('canvas')
    copy.width = canvas.width
    copy.height = canvas.height
    const ctx = copy.getContext('2d')!
    ctx.drawImage(canvas, 0, 0)
    const scale = canvas.width / canvas.clientWidth
    return Object.fromEntries(
      pts.map((p) => [
        p.id,
        Array.from(ctx.getImageData(Math.round(p.x * scale), Math.round(p.y * scale), 1, 1).data),
      ]),
    )
  }, points)

/** Switches the metric as a user does, and waits until the map says it has drawn it. */
async function switchMetric(page: Page, metric: string) {
  const before = await page.evaluate(() => performance.getEntriesByName('metric-applied').length)
  await page.getByTestId('metric-select').selectOption(metric)
  await page.waitForFunction(
    (n) => performance.getEntriesByName('metric-applied').length > n,
    before,
  )
  await waitForMap(page)
}

/** The live map, not the static first paint fading out over it. */
const liveMap = (page: Page) => page.getByTestId('static-choropleth').waitFor({ state: 'detached' })

const text = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())

describe('a metric switch', () => {
  it('shows the new metric on the map, in the legend, the table and the tooltip, as a fresh link does', async () => {
    const watch = await app.open('', VIEWPORT)
    const { page } = watch
    await liveMap(page)
    const points = await districtPoints(page)
    expect(points.length).toBeGreaterThanOrEqual(10)
    const investment = await canvasColours(page, points)

    await switchMetric(page, 'projects')
    const switched = {
      colours: await canvasColours(page, points),
      legend: await text(page, 'legend'),
      table: await text(page, 'area-table'),
    }
    await page.screenshot({ path: `${OUT}/d-metric-switched-projects.png` })
    // Some district changes class between the two metrics: the fills really were redrawn.
    expect(switched.colours).not.toEqual(investment)
    expect(await page.locator('.map-legend__title').textContent()).toContain('承诺项目数')
    expect(
      await page.getByTestId('sort-projects').evaluate((el) => el.closest('th')?.ariaSort),
    ).toBe('descending')
    await page.locator('.map-label[data-area-id="laoshan"]').focus()
    const tip = page.getByTestId('tooltip')
    await tip.waitFor()
    expect(await tip.textContent()).toMatch(/崂山区[\s\S]*承诺项目数/)

    // The same metric opened from a link draws and lists exactly the same.
    const fresh = await app.open('#m=prj', VIEWPORT)
    await liveMap(fresh.page)
    expect(await canvasColours(fresh.page, points)).toEqual(switched.colours)
    expect(await text(fresh.page, 'legend')).toBe(switched.legend)
    expect(await text(fresh.page, 'area-table')).toBe(switched.table)
    expectClean(watch)
    expectClean(fresh)
  })

  it('patches the table and the open area panel in place: their elements survive the switch', async () => {
    const home = await app.open('', VIEWPORT)
    await liveMap(home.page)
    const row = await home.page.getByTestId('area-row-laoshan').elementHandle()
    await switchMetric(home.page, 'investmentPerKm2')
    expect(await row!.evaluate((node) => node.isConnected)).toBe(true)
    expect(await home.page.locator('.map-legend__title').textContent()).toContain('每平方公里投资')
    expectClean(home)

    const watch = await app.open('#a=laoshan', VIEWPORT)
    const { page } = watch
    await liveMap(page)
    const panel = await page.getByTestId('area-panel').elementHandle()
    const heading = await page.getByTestId('area-panel').locator('h2').elementHandle()
    await switchMetric(page, 'projects')
    for (const el of [panel, heading]) {
      expect(await el!.evaluate((node) => node.isConnected)).toBe(true)
    }
    expect(await heading!.textContent()).toContain('崂山区')
    expectClean(watch)
  })
})
