import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'

/** Chromium to drive: `CHROMIUM_PATH`, else Debian's, else Google Chrome's usual path. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]
  const found = candidates.find((p): p is string => !!p && existsSync(p))
  if (!found) {
    throw new Error('No Chromium found: install it or set CHROMIUM_PATH=/path/to/chrome')
  }
  return found
}

/** Flags for a closed network (no background calls) and WebGL through SwiftShader. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
]

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  })
}

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
 */
export async function openPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
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
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue()
    }
    watch.foreignRequests.push(url)
    return route.abort()
  })
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
