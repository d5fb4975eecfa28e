import { readFileSync } from 'node:fs'
import type { Download } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openExportMenu, openPage, waitForMap } from './browser'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()

/** The lazy chunks the first view (map, home panel, legend, a first click) must not download. */
const LAZY =
  /\/assets\/(exportTools|PresentationMode|BoundaryUploadDialog|CompareView|MethodologyDialog|ReportReader)-[^/]*\.(js|css)$/

/** Opens the app with MapLibre's chunk held back, recording every asset the page asks for. */
async function openHeld(hash = '') {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  const watch = await openPage(app.browser!, app.origin, { viewport: { width: 1366, height: 768 } })
  const { page } = watch
  const assets: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('/assets/')) assets.push(r.url())
  })
  await page.route(/\/assets\/createMap-[^/]*\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto(`${app.origin}/${hash}`)
  return { watch, page, assets, release }
}

describe('app shell', () => {
  it('answers the first click with no export, presentation or dialog chunk downloaded', async () => {
    const { watch, page, assets, release } = await openHeld()
    // The home panel's list, there before MapLibre; the static map's own clicks are part B's tests.
    await page.getByTestId('area-row-laoshan').click()
    await expect
      .poll(() => page.getByTestId('area-panel').locator('h2').textContent())
      .toContain('崂山区')
    await page.screenshot({ path: `${OUT}/shell-first-click.png` })
    expect(assets.filter((url) => LAZY.test(url))).toEqual([])
    release()
    expectClean(watch)
  })

  it('exports on the first click before MapLibre has loaded, fetching the export chunk then', async () => {
    const { watch, page, assets, release } = await openHeld()
    await page.getByTestId('static-choropleth').waitFor()
    await openExportMenu(page)
    expect(assets.some((url) => /exportTools-/.test(url))).toBe(false)
    const [download] = await Promise.all([
      page.waitForEvent('download') as Promise<Download>,
      page.getByTestId('export-csv-headlines').click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^qingdao-pledges-headlines-.*\.csv$/)
    expect(assets.some((url) => /exportTools-/.test(url))).toBe(true)
    release()
    expectClean(watch)
  })

  it('fetches the export and presentation chunks ahead once the map is idle', async () => {
    const { watch, page, assets, release } = await openHeld()
    release()
    await waitForMap(page)
    // After map-interactive the prefetch waits for an idle moment, up to 2 s (prefetchWhenIdle).
    await expect
      .poll(
        () =>
          ['exportTools-', 'PresentationMode-'].filter((c) => assets.some((u) => u.includes(c))),
        { timeout: 15_000 },
      )
      .toEqual(['exportTools-', 'PresentationMode-'])
    expectClean(watch)
  })

  it('opens the boundary dialog, a lazy chunk, on its first click', async () => {
    const watch = await app.open('', { viewport: { width: 1366, height: 768 } })
    const { page } = watch
    await page.getByTestId('boundary-open').click()
    await page.getByTestId('boundary-dialog').waitFor()
    expect(await page.getByTestId('boundary-current').isVisible()).toBe(true)
    await page.getByTestId('boundary-close').click()
    await expect.poll(() => page.getByTestId('boundary-dialog').count()).toBe(0)
    expectClean(watch)
  })

  it('ships no message compiler and no MapLibre stylesheet in what the first view loads', () => {
    const html = readFileSync('dist/index.html', 'utf8')
    const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
      (m) => m[1]!,
    )
    expect(files.some((f) => f.endsWith('.js'))).toBe(true)
    for (const file of files) {
      const text = readFileSync(`dist/${file}`, 'utf8')
      // @intlify/message-compiler's error domain; in the bundle only with the compiler.
      expect(text.includes('tokenizer'), file).toBe(false)
      // A selector only maplibre-gl.css has: MapLibre's sheet comes with its chunk.
      expect(text.includes('.maplibregl-canvas-container'), file).toBe(false)
    }
  })
})
