import type { Browser, BrowserContextOptions, Page } from 'playwright-core'

export { CHROMIUM_ARGS, chromiumPath, launchChromium } from '../../scripts/chromium'

/** What a page did that a test must fail on: console errors, CSP violations, foreign requests. */
export interface PageWatch {
  page: Page
  consoleErrors: string[]
  foreignRequests: string[]
  cspViolations: string[]
}

/**
 * Opens a page with a fixed viewport, scale, locale and time zone, and records everything that
 * should never happen. Requests to other hosts are aborted and recorded, never sent.
 * `httpCache: true` records them without intercepting: Playwright's routing turns the browser's
 * HTTP cache off, which tests of caching need on (their server is on loopback, so nothing leaves
 * the machine either way).
 */
export async function openPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
  { httpCache = false } = {},
): Promise<PageWatch> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...options,
  })
  const page = await context.newPage()
  const watch: PageWatch = { page, consoleErrors: [], foreignRequests: [], cspViolations: [] }
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(msg.text())
    if (msg.text().startsWith('CSP violation')) watch.cspViolations.push(msg.text())
  })
  page.on('pageerror', (err) => watch.consoleErrors.push(`pageerror: ${err.message}`))
  const own = (url: string) =>
    url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')
  if (httpCache) {
    context.on('request', (request) => {
      if (!own(request.url())) watch.foreignRequests.push(request.url())
    })
  } else {
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (own(url)) return route.continue()
      watch.foreignRequests.push(url)
      return route.abort()
    })
  }
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.log(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  return watch
}

/** Waits for the real signal that the map has drawn: MapLibre `idle` with districts rendered. */
export async function waitForMap(page: Page, minDistricts = 10): Promise<number> {
  await page.waitForFunction(
    (n) => {
      const el = document.querySelector<HTMLElement>('[data-testid="map"]')
      return el?.dataset.mapState === 'idle' && Number(el.dataset.renderedDistricts) >= n
    },
    minDistricts,
    { timeout: 30_000 },
  )
  return page.$eval('[data-testid="map"]', (el) =>
    Number((el as HTMLElement).dataset.renderedDistricts),
  )
}

type LoseContextWindow = Window & { __lose?: WEBGL_lose_context }

/** Loses the map canvas's WebGL context, as a GPU reset or driver update does. */
export async function loseContext(page: Page): Promise<void> {
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    const ext = gl!.getExtension('WEBGL_lose_context')!
    // Kept on the window: restoring needs the same extension object.
    ;(window as LoseContextWindow).__lose = ext
    ext.loseContext()
  })
}

/** Restores the context lost by `loseContext`. */
export async function restoreContext(page: Page): Promise<void> {
  await page.evaluate(() => (window as LoseContextWindow).__lose!.restoreContext())
}

/**
 * Opens the export tools as a user does: the header's tools menu on a phone, then the folded
 * “导出 / Export” disclosure if it is closed.
 */
export async function openExportMenu(page: Page): Promise<void> {
  const tools = page.getByTestId('tools-toggle')
  if ((await tools.count()) > 0 && (await tools.isVisible())) {
    if ((await tools.getAttribute('aria-expanded')) !== 'true') await tools.click()
  }
  const menu = page.getByTestId('export-menu')
  await menu.waitFor()
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await page.getByTestId('export-menu-toggle').click()
  }
}

/**
 * Runs `action` and waits until the camera move it starts has ended and the map is idle again
 * with districts drawn (the real signal, not a sleep). Returns how long the move took.
 */
export async function settle(page: Page, action: () => Promise<unknown>): Promise<number> {
  await page.$eval('[data-testid="map"]', (el) => {
    const d = (el as HTMLElement).dataset
    d.mapState = ''
    d.lastMoveMs = ''
  })
  await action()
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.lastMoveMs !== '',
  )
  await waitForMap(page, 1)
  return page.$eval('[data-testid="map"]', (el) => Number((el as HTMLElement).dataset.lastMoveMs))
}
