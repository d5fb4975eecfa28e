import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { build, type Plugin } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, openPage, waitForMap } from './browser'
import { expectClean, OUT } from './harness'
import { serveDist } from './server'

/**
 * A second version of the app: MethodologyDialog's chunk changes (so do index.js, index.html and
 * sw.js, which name it) and sets `globalThis.__deploy` when it runs, so a test can tell which
 * version's chunk a page loaded.
 */
function nextVersion(): Plugin {
  return {
    name: 'next-version',
    enforce: 'post',
    transform(code, id) {
      if (/MethodologyDialog\.vue$/.test(id)) return `${code}\nglobalThis.__deploy = 'v2'\n`
    },
  }
}

const root = mkdtempSync(join(tmpdir(), 'qpm-deploy-'))
/** The directory the test server serves: dist/ first, then replaced by the second version. */
const site = join(root, 'site')
const v2 = join(root, 'v2')
let browser: Browser
let origin = ''
let close: (() => Promise<void>) | null = null

beforeAll(async () => {
  cpSync('dist', site, { recursive: true })
  await build({
    build: { outDir: v2, emptyOutDir: true },
    logLevel: 'warn',
    plugins: [nextVersion()],
  })
  const server = await serveDist(site)
  close = server.close
  origin = server.origin
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await close?.()
  rmSync(root, { recursive: true, force: true })
})

/** Replaces every file the server serves, as a deploy that copies a new build over the old does. */
function deploy(from: string) {
  for (const name of readdirSync(site)) rmSync(join(site, name), { recursive: true })
  cpSync(from, site, { recursive: true })
}

const methodologyChunk = (dir: string) =>
  readdirSync(join(dir, 'assets')).find((f) => f.startsWith('MethodologyDialog-'))

const deployed = (page: Page) =>
  page.evaluate(() => (globalThis as { __deploy?: string }).__deploy ?? 'v1')

/** Waits until the service worker controls the page (the first visit's worker claims it). */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r))
    }
  })
}

async function openMethodology(page: Page) {
  await page.getByTestId('methodology-open').click()
  await page.getByTestId('methodology').getByTestId('methodology-reports').waitFor()
  await page.keyboard.press('Escape')
  await expect.poll(() => page.getByTestId('methodology').count()).toBe(0)
}

describe('a deploy while a tab is open', () => {
  it('waits: the old tab keeps its lazy chunks, and the prompt reloads into the new version', async () => {
    const watch = await openPage(browser, origin)
    const { page } = watch
    await page.goto(`${origin}/`)
    await waitForMap(page)
    await controlled(page)
    const oldChunk = methodologyChunk(site)
    deploy(v2)
    expect(methodologyChunk(site)).not.toBe(oldChunk)
    expect(existsSync(join(site, 'assets', oldChunk!))).toBe(false)
    // The browser checks for a new worker on navigations and periodically; do it now.
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())!.update()
    })
    const prompt = page.getByTestId('update-prompt')
    await prompt.waitFor()
    expect(await prompt.getAttribute('role')).toBe('status')
    expect(await prompt.textContent()).toMatch(/新版本已就绪/)
    await page.screenshot({ path: `${OUT}/update-prompt.png` })
    // The old version's methodology chunk is gone from the server; the old worker still has it.
    await openMethodology(page)
    expect(await deployed(page)).toBe('v1')
    const waitingBefore = await page.evaluate(
      async () => !!(await navigator.serviceWorker.getRegistration())!.waiting,
    )
    expect(waitingBefore).toBe(true)
    // Reload: the new worker takes over, the page reloads into the new version.
    await Promise.all([
      page.waitForEvent('framenavigated'),
      page.getByTestId('update-reload').click(),
    ])
    await waitForMap(page)
    expect(await prompt.count()).toBe(0)
    await openMethodology(page)
    expect(await deployed(page)).toBe('v2')
    expectClean(watch)
    await page.context().close()
  })
})

describe('a lazy chunk that fails to load', () => {
  it('shows a message with a reload button, which recovers', async () => {
    // Without a worker, so that page.route sees the request.
    const watch = await openPage(browser, origin, { serviceWorkers: 'block' })
    const { page } = watch
    await page.route('**/assets/MethodologyDialog-*.js', (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    )
    await page.goto(`${origin}/`)
    await waitForMap(page)
    await page.getByTestId('methodology-open').click()
    const prompt = page.getByTestId('update-prompt')
    await prompt.waitFor()
    expect(await prompt.getAttribute('role')).toBe('alert')
    expect(await prompt.textContent()).toMatch(/部分功能未能加载/)
    await page.unroute('**/assets/MethodologyDialog-*.js')
    await Promise.all([
      page.waitForEvent('framenavigated'),
      page.getByTestId('update-reload').click(),
    ])
    await waitForMap(page)
    expect(await prompt.count()).toBe(0)
    await openMethodology(page)
    // The browser logs the 404 and Vue the failed async component: expected, nothing else.
    const expected = /Failed to load resource.*404|dynamically imported module|MethodologyDialog/
    watch.consoleErrors = watch.consoleErrors.filter((e) => !expected.test(e))
    expectClean(watch)
    await page.context().close()
  })
})
