import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { openPage, waitForMap } from './browser'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()

const PHONE = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
const WIDE = { viewport: { width: 1280, height: 800 } }
const P390 = { viewport: { width: 390, height: 844 }, ...PHONE }
const NO_JS = { javaScriptEnabled: false }

const MAP = '[data-testid="prerender-map"]'
const STATIC = '[data-testid="static-choropleth"]'

/**
 * Holds back the requests matching `pattern` until `release()`: the app's script (to look at the
 * page before any of ours runs past the blocking prerender-state.js) or MapLibre's chunk.
 */
async function holdBack(page: Page, pattern: RegExp) {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(pattern, async (route) => {
    await held
    await route.continue()
  })
  return () => release()
}
const APP_SCRIPT = /\/assets\/index-[^/]*\.js$/
const MAPLIBRE = /\/assets\/createMap-[^/]*\.js$/

/** Opens `hash` without waiting for anything past the HTML. */
async function openAt(hash: string, options: BrowserContextOptions, hold?: RegExp) {
  const watch = await openPage(app.browser!, app.origin, options)
  const release = hold ? await holdBack(watch.page, hold) : () => {}
  // Not waiting for `load`: a held-back script keeps it from firing.
  await watch.page.goto(`${app.origin}/${hash}`, { waitUntil: hold ? 'commit' : 'load' })
  return { watch, page: watch.page, release }
}

const boxOf = async (page: Page, selector: string) => {
  const box = await page.locator(selector).boundingBox()
  if (!box) throw new Error(`${selector} is not shown`)
  return box
}

/** The ten districts' fills, the legend's swatch colours, and what the page shows around them. */
async function jsOffPage(page: Page) {
  return page.evaluate((map) => {
    const paths = Array.from(document.querySelectorAll(`${map} path[data-area-id]`))
    const swatches = Array.from(
      document.querySelectorAll('[data-testid="prerender-legend"] .pr-legend__bins rect'),
    )
    return {
      ids: paths.map((p) => p.getAttribute('data-area-id')),
      fills: paths.map((p) => p.getAttribute('fill')),
      legend: swatches.map((r) => r.getAttribute('fill')),
      labels: document.querySelectorAll(`${map} text[data-label-for]`).length,
      zones: document.querySelectorAll(`${map} [data-zone-id]`).length,
    }
  }, MAP)
}

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** The district labels drawn (not hidden by the declutter) under `root`, as page boxes. */
const drawnLabels = (page: Page, root: string) =>
  page.evaluate(
    (root) =>
      Array.from(document.querySelectorAll(`${root} text[data-label-for]`))
        .filter((t) => getComputedStyle(t).visibility !== 'hidden')
        .map((t) => {
          const r = t.getBoundingClientRect()
          return { id: t.getAttribute('data-label-for')!, x: r.x, y: r.y, w: r.width, h: r.height }
        }),
    root,
  )

/** Pairs of drawn labels whose text overlaps by more than a pixel. */
async function collisions(page: Page, root: string) {
  const labels = await drawnLabels(page, root)
  const inset = (l: (typeof labels)[number]) => ({
    x: l.x + 1,
    y: l.y + 1,
    width: l.w - 2,
    height: l.h - 2,
  })
  return labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter((b) => overlaps(inset(a), inset(b)))
      .map((b) => `${a.id}/${b.id}`),
  )
}

describe('the prerendered map in index.html', () => {
  it.each([
    ['1280', WIDE],
    ['390', P390],
  ] as const)(
    'shows the ten districts, legend and title with JavaScript off (%s)',
    async (name, device) => {
      const { watch, page } = await openAt('', { ...device, ...NO_JS })
      await page.locator(MAP).waitFor()
      const shown = await jsOffPage(page)
      expect(new Set(shown.ids).size).toBe(10)
      expect(shown.labels).toBe(10)
      expect(shown.zones).toBeGreaterThan(0)
      // Every fill is a class colour of the legend, or the no-figure hatch.
      expect(shown.legend.length).toBeGreaterThanOrEqual(2)
      for (const fill of shown.fills) {
        expect([...shown.legend, 'url(#pr-hatch)']).toContain(fill)
      }
      expect(shown.fills).toContain(shown.legend[shown.legend.length - 1])
      await expect.poll(() => page.locator('.pr-title').innerText()).toMatch(/青岛承诺地图/)
      expect(await page.locator('.pr-title').innerText()).toContain('Qingdao Pledge Map')
      expect(await page.getByTestId('prerender-legend').isVisible()).toBe(true)
      // The note says what needs JavaScript, beside the map, not over it.
      const note = page.getByTestId('prerender-noscript')
      expect(await note.isVisible()).toBe(true)
      expect(await note.innerText()).toContain('JavaScript')
      const mapBox = await boxOf(page, `${MAP} svg`)
      expect(overlaps(await boxOf(page, '[data-testid="prerender-noscript"]'), mapBox)).toBe(false)
      // The whole of Qingdao is on screen.
      const viewport = page.viewportSize()!
      expect(mapBox.x).toBeGreaterThanOrEqual(0)
      expect(mapBox.y + mapBox.height).toBeLessThanOrEqual(viewport.height)
      // No names written over each other (市北, 李沧 and 市南 on a phone), the largest kept.
      expect(await collisions(page, MAP)).toEqual([])
      expect((await drawnLabels(page, MAP)).map((l) => l.id)).toContain('huangdao')
      await page.screenshot({ path: `${OUT}/prerender-js-off-${name}.png` })
      expectClean(watch)
    },
  )

  it('is in the HTML as markup only: no inline script, style or handler', () => {
    const html = readFileSync('dist/index.html', 'utf8')
    expect(html).toContain('data-testid="prerender-map"')
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="/)
    expect(html).not.toMatch(/<style\b/)
    expect(html).not.toMatch(/\sstyle="/)
    expect(html).not.toMatch(/\son[a-z]+="/)
    // prerender-state.js comes after the CSP (a policy applies to what follows it) and blocks.
    const csp = html.indexOf('Content-Security-Policy')
    const state = html.indexOf('<script src="./prerender-state.js"></script>')
    expect(csp).toBeGreaterThan(0)
    expect(state).toBeGreaterThan(csp)
    expect(state).toBeLessThan(html.indexOf('</head>'))
  })

  it('paints before the app runs, and goes once the app has drawn its own map', async () => {
    const { watch, page, release } = await openAt('', WIDE, APP_SCRIPT)
    await page.locator(MAP).waitFor()
    // The first contentful paint comes while the app's script is still held back: the HTML's map.
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length === 1,
    )
    expect(await page.locator(MAP).isVisible()).toBe(true)
    release()
    await waitForMap(page)
    expect(await page.getByTestId('prerender').count()).toBe(0)
    expect(await page.evaluate(() => document.documentElement.className)).not.toMatch(/prerender/)
    expectClean(watch)
  })

  it('in an English-speaking browser keeps the map but not the Chinese legend, until the app’s', async () => {
    const { watch, page, release } = await openAt('', { ...WIDE, locale: 'en-US' }, APP_SCRIPT)
    await page.locator(MAP).waitFor()
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length === 1,
    )
    expect(await page.locator(MAP).isVisible()).toBe(true)
    expect(await page.getByTestId('prerender-legend').isVisible()).toBe(false)
    expect(await page.locator('.pr-subtitle').isVisible()).toBe(false)
    await page.screenshot({ path: `${OUT}/prerender-en-browser.png` })
    release()
    await waitForMap(page)
    expect(await page.getByTestId('prerender').count()).toBe(0)
    expect(await page.evaluate(() => document.documentElement.className)).not.toMatch(/prerender/)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expectClean(watch)
  })

  it.each([
    ['#m=prj', WIDE, false],
    ['#c=q5', WIDE, false],
    ['#l=en', WIDE, false],
    ['#show=1', WIDE, false],
    ['#v=120.4,36.2,11', WIDE, false],
    ['#a=laoshan', WIDE, true],
    ['#a=laoshan&m=inv&l=zh', WIDE, true],
    ['#a=laoshan', P390, false],
  ] as const)(
    'for %s shows the prerendered default only if it is that view',
    async (hash, device, kept) => {
      // The app's script held back: what the page shows is the HTML, its CSS and prerender-state.js.
      const { watch, page, release } = await openAt(hash, device, APP_SCRIPT)
      // Parsed, with the stylesheet and the blocking prerender-state.js applied (a hidden page
      // has no first paint to wait for).
      await page.waitForFunction(() => document.readyState !== 'loading')
      expect(await page.getByTestId('prerender').isVisible()).toBe(kept)
      release()
      await waitForMap(page, 1)
      // The app's own view takes over either way, and the mark goes with the prerender.
      expect(await page.getByTestId('prerender').count()).toBe(0)
      expect(await page.evaluate(() => document.documentElement.className)).not.toMatch(/prerender/)
      expectClean(watch)
    },
  )

  it.each([
    ['1280', WIDE],
    ['390', P390],
  ] as const)('frames Qingdao where the app’s own first paint does (%s)', async (name, device) => {
    // The app's script held back: the page as it first paints (the sheet collapsed).
    const off = await openAt('', device, APP_SCRIPT)
    const laoshan = `${MAP} path[data-area-id="laoshan"]`
    await off.page.locator(laoshan).waitFor()
    await off.page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length === 1,
    )
    const pre = await boxOf(off.page, laoshan)
    await off.page.screenshot({ path: `${OUT}/prerender-frame-${name}.png` })
    // The app's static map, with MapLibre held back so that it stays the map on screen.
    const on = await openAt('', device, MAPLIBRE)
    const own = `${STATIC} path[data-area-id="laoshan"]`
    await on.page.locator(own).waitFor()
    await on.page.waitForTimeout(300)
    const vue = await boxOf(on.page, own)
    await on.page.screenshot({ path: `${OUT}/prerender-frame-${name}-app.png` })
    // Both maps declutter their names by the live map's rule, and neither overlaps any.
    expect(await collisions(off.page, MAP)).toEqual([])
    expect(await collisions(on.page, STATIC)).toEqual([])
    for (const [a, b] of [
      [pre.x, vue.x],
      [pre.y, vue.y],
      [pre.x + pre.width, vue.x + vue.width],
      [pre.y + pre.height, vue.y + vue.height],
    ] as const) {
      expect(Math.abs(a - b)).toBeLessThan(8)
    }
    on.release()
    off.release()
    expectClean(off.watch)
    expectClean(on.watch)
  })

  it('is hidden in a frame, where the app shows its framed-page notice', async () => {
    const watch = await openPage(app.browser!, app.origin, WIDE)
    const { page } = watch
    // A page of another loopback origin that frames the app (as tests/e2e/framing.e2e.ts).
    const html = `<!doctype html><title>framer</title><iframe src="${app.origin}/" width="800" height="500"></iframe>`
    const server = createServer((_, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(html),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const framer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
    await page.route(`${framer}/**`, (route) => route.continue())
    await page.goto(framer)
    const frame = page.frameLocator('iframe')
    const notice = frame.getByTestId('framed-notice')
    await notice.waitFor()
    expect(await frame.getByTestId('prerender').isVisible()).toBe(false)
    expect(await notice.isVisible()).toBe(true)
    await page.screenshot({ path: `${OUT}/prerender-framed.png` })
    expectClean(watch)
  })
})
