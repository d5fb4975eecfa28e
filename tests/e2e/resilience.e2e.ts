import { describe, expect, it } from 'vitest'
import { loseContext, restoreContext, waitForMap } from './browser'
import { expectClean, useApp } from './harness'

const app = useApp()
// Requests answered by the offline service worker never reach page.route: block it here.
const NO_SW = { waitMap: false, serviceWorkers: 'block' } as const

/** A polygon ring with two positions: valid JSON, invalid GeoJSON, which MapLibre would accept. */
const MALFORMED = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'laoshan' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [120, 36],
            [121, 36],
          ],
        ],
      },
    },
  ],
})

describe('a data file that fails', () => {
  it.each([
    ['404', { status: 404, body: 'not found' }, /districts\.geojson.*HTTP 404/],
    ['not JSON', { status: 200, body: '<html>oops</html>' }, /districts\.geojson.*JSON/],
    [
      'malformed GeoJSON',
      { status: 200, body: MALFORMED },
      /districts\.geojson.*(laoshan|ring|districts)/,
    ],
  ])(
    'districts %s: a specific message, the table still works, and Retry recovers',
    async (_, response, message) => {
      const watch = await app.open('', NO_SW)
      const { page } = watch
      // Serve the broken file on the first request only, as a flaky network would.
      let broken = true
      await page.route('**/geo/districts.geojson', (route) =>
        broken ? route.fulfill({ ...response, contentType: 'application/json' }) : route.fallback(),
      )
      await page.reload()
      const alert = page.locator('.load-error')
      await alert.waitFor()
      expect(await alert.textContent()).toMatch(message)
      await page.getByTestId('map-missing').waitFor()
      await page.getByTestId('area-row-laoshan').click()
      await expect.poll(() => page.getByTestId('area-panel').count()).toBe(1)
      broken = false
      await alert.getByRole('button').click()
      expect(await waitForMap(page)).toBe(10)
      // A failed fetch is logged by the browser itself; the app adds no error of its own.
      watch.consoleErrors = watch.consoleErrors.filter(
        (e) => !/Failed to load resource.*404/.test(e),
      )
      expectClean(watch)
    },
  )

  it('pledges 404: the map still draws, with a message and a retry', async () => {
    const watch = await app.open('', NO_SW)
    const { page } = watch
    await page.route('**/data/pledges.json', (route) => route.fulfill({ status: 404, body: '' }))
    await page.reload()
    expect(await waitForMap(page)).toBe(10)
    expect(await page.locator('.load-error').textContent()).toMatch(/pledges\.json.*404/)
    await page.unroute('**/data/pledges.json')
    await page.locator('.load-error').getByRole('button').click()
    await page.getByTestId('area-row-laoshan').waitFor()
    watch.consoleErrors = watch.consoleErrors.filter((e) => !/Failed to load resource.*404/.test(e))
    expectClean(watch)
  })
})

describe('hostile links', () => {
  it.each([
    ['a broken escape', '#a=%E0%A4%A'],
    ['a 3,300-character hash', `#${'a=laoshan&'.repeat(300)}`],
    ['markup and __proto__', '#a=<img src=x onerror=alert(1)>&m=__proto__'],
    ['out-of-range values', '#cmp=laoshan,laoshan,laoshan,laoshan,laoshan&step=-1&v=999,999,99'],
    ['control characters', '#%00%01%02'],
  ])('%s opens the app with safe defaults', async (_, hash) => {
    const watch = await app.open(hash)
    const { page } = watch
    expect(await page.getByTestId('metric-select').inputValue()).toBe('investment')
    expect(await page.locator('img[src=x]').count()).toBe(0)
    expect(
      await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted),
    ).toBeUndefined()
    expectClean(watch)
  })
})

describe('the WebGL context', () => {
  it('shows the static map while the context is lost, and the live map once restored', async () => {
    const watch = await app.open()
    const { page } = watch
    await loseContext(page)
    await page.getByTestId('context-lost').waitFor()
    expect(await page.getByTestId('static-choropleth').isVisible()).toBe(true)
    await restoreContext(page)
    await expect.poll(() => page.getByTestId('context-lost').count()).toBe(0)
    expect(await waitForMap(page)).toBe(10)
    // MapLibre reports the loss itself as a warning, not as an error.
    expectClean(watch)
  })
})

describe('storage full', () => {
  it('keeps accepted boundaries for this visit and says they could not be saved', async () => {
    const watch = await app.open('', { waitMap: false })
    const { page } = watch
    // Every IndexedDB write fails the way a full disk makes it fail.
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    })
    await page.reload()
    await waitForMap(page)
    await page.getByTestId('boundary-open').click()
    await page
      .getByTestId('boundary-file')
      .setInputFiles('tests/fixtures/boundaries/valid-zones.geojson')
    await page.getByTestId('boundary-review').waitFor()
    await page.getByTestId('boundary-accept').click()
    const storage = page.getByTestId('boundary-storage')
    await storage.waitFor()
    expect(await storage.textContent()).toMatch(/存储空间不足/)
    // The boundaries are in use for this visit all the same, and the app goes on working.
    await page.getByTestId('boundary-in-use-sino-german-ecopark').waitFor()
    await page.getByTestId('boundary-close').click()
    await page.getByTestId('area-row-laoshan').click()
    await page.getByTestId('area-panel').waitFor()
    expectClean(watch)
  })
})
