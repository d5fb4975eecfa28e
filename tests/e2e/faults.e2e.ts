import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, openPage, waitForMap, type PageWatch } from './browser'
import { serveWithFaults, type FaultServer } from './faultServer'
import { expectClean, OUT } from './harness'

/**
 * The offline cache and the data fetches under a server that misbehaves: a captive portal's page
 * or a half-copied file answered with 200 (and a long `max-age`), no `Cache-Control` at all,
 * a path that never answers, and a mount below the site's root.
 */

const root = mkdtempSync(join(tmpdir(), 'qpm-faults-'))
const MOUNT = '/apps/pledge-map/'
const YEAR = { 'cache-control': 'public, max-age=31536000' }
const PORTAL = '<!doctype html><title>Wi-Fi login</title><p>Please sign in to continue.</p>'
// Playwright's request routing would turn the HTTP cache off: these tests need it on.
const HTTP_CACHE = { httpCache: true }
let browser: Browser
let server: FaultServer

/** A copy of dist/ that a test may change, as a deploy would. */
function copyOfDist(name: string) {
  const dir = join(root, name)
  cpSync('dist', dir, { recursive: true })
  return dir
}

beforeAll(async () => {
  server = await serveWithFaults(copyOfDist('site'), MOUNT)
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  rmSync(root, { recursive: true, force: true })
})

const methodologyChunk = (dir: string) =>
  `assets/${readdirSync(join(dir, 'assets')).find((f) => f.startsWith('MethodologyDialog-'))}`

/** Waits until the service worker controls the page (the first visit's worker claims it). */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r))
    }
  })
}

/** Waits until the worker's first install was tried (it fetched `path`) and failed. */
async function installFailed(page: Page, path: string) {
  await expect
    .poll(() => server.log.filter((r) => r.path === path).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(1)
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const reg = await navigator.serviceWorker.getRegistration()
          return reg ? 'registered' : navigator.serviceWorker.controller ? 'controlled' : 'none'
        }),
      { timeout: 30_000 },
    )
    .toBe('none')
}

/** What every cache holds for `path`: the first characters of each copy. */
const cached = (page: Page, path: string) =>
  page.evaluate(async (p) => {
    const bodies: string[] = []
    for (const key of await caches.keys()) {
      const cache = await caches.open(key)
      for (const req of await cache.keys()) {
        if (!new URL(req.url).pathname.endsWith(p)) continue
        bodies.push((await (await cache.match(req))!.text()).slice(0, 20))
      }
    }
    return bodies
  }, path)

/** Reloads offline and checks that the whole app (map and data) comes from the worker. */
async function worksOffline(page: Page) {
  await page.context().setOffline(true)
  await page.reload()
  await waitForMap(page)
  await page.getByTestId('area-row-laoshan').waitFor()
  expect(await page.getByTestId('load-error').count()).toBe(0)
  await page.context().setOffline(false)
}

/** The first visit, at the mount. */
async function firstVisit(): Promise<PageWatch> {
  const watch = await openPage(browser, server.origin, {}, HTTP_CACHE)
  await watch.page.goto(server.url)
  return watch
}

describe('a poisoned first install', () => {
  it('a captive-portal page for pledges.json: a data error, nothing cached, fixed by a reload', async () => {
    server.faults.set('data/pledges.json', { body: PORTAL, headers: YEAR })
    const watch = await firstVisit()
    const { page } = watch
    await waitForMap(page)
    const notice = page.getByTestId('load-error')
    expect(await notice.textContent()).toMatch(/pledges\.json 不是有效的 JSON 文件/)
    expect(await page.getByRole('alert').count()).toBe(1)
    await page.screenshot({ path: `${OUT}/faults-portal.png` })
    // The worker tried to precache the portal's page: its hash is not the build's.
    await installFailed(page, 'data/pledges.json')
    expect(await cached(page, 'data/pledges.json')).toEqual([])
    // The server is fixed. The portal's page is in the HTTP cache for a year: the app revalidates.
    server.faults.clear()
    await page.reload()
    await page.getByTestId('area-row-laoshan').waitFor()
    expect(await notice.count()).toBe(0)
    await controlled(page)
    expect((await cached(page, 'data/pledges.json'))[0]).toMatch(/^\{/)
    await worksOffline(page)
    expectClean(watch)
    await page.context().close()
  })

  it('a lazy chunk answered with HTML for a year: the install fails, and succeeds once fixed', async () => {
    const chunk = methodologyChunk(join(root, 'site'))
    server.faults.set(chunk, { body: PORTAL, headers: YEAR })
    const watch = await firstVisit()
    const { page } = watch
    await waitForMap(page)
    await installFailed(page, chunk)
    expect(await cached(page, chunk)).toEqual([])
    server.faults.clear()
    // The next visit registers again; the install revalidates instead of taking the stored page.
    await page.reload()
    await waitForMap(page)
    await controlled(page)
    await worksOffline(page)
    await page.context().setOffline(true)
    await page.getByTestId('methodology-open').click()
    await page.getByTestId('methodology').getByTestId('methodology-reports').waitFor()
    await page.context().setOffline(false)
    expectClean(watch)
    await page.context().close()
  })
})

describe('Retry', () => {
  it('bypasses the HTTP cache, announces once, and keeps focus on the notice or the content', async () => {
    const full = readFileSync('dist/data/pledges.json', 'utf8')
    // A half-copied file, stored for a year. No worker, so only the HTTP cache is in the way.
    server.faults.set('data/pledges.json', {
      body: full.slice(0, full.length / 2),
      contentType: 'application/json',
      headers: YEAR,
    })
    const watch = await openPage(browser, server.origin, { serviceWorkers: 'block' }, HTTP_CACHE)
    const { page } = watch
    await page.goto(server.url)
    await waitForMap(page)
    const notice = page.getByTestId('load-error')
    expect(await notice.textContent()).toMatch(/pledges\.json 不是有效的 JSON 文件/)
    // One live region says it; nothing else announces a second, different text.
    expect(await page.getByRole('alert').count()).toBe(1)
    expect(await page.locator('[role=status]:not(:empty)').count()).toBe(0)
    const focused = () =>
      page.evaluate(
        () =>
          document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName,
      )
    // Still broken: focus goes back to the notice, not to <body>.
    await notice.getByRole('button').click()
    await expect.poll(focused).toBe('load-error')
    // Fixed: Retry fetches past the stored copy, and focus goes to the content that arrived.
    server.faults.clear()
    const before = server.log.length
    await notice.getByRole('button').click()
    await page.getByTestId('area-row-laoshan').waitFor()
    expect(await notice.count()).toBe(0)
    await expect.poll(focused).toBe('MAIN')
    const retried = server.log.slice(before).filter((r) => r.path === 'data/pledges.json')
    expect(retried.map((r) => r.cacheControl)).toEqual(['no-cache'])
    expectClean(watch)
    await page.context().close()
  })
})

describe('a server that never answers', () => {
  it('shows the precached page and data within about 3 s', async () => {
    server.faults.clear()
    const watch = await firstVisit()
    const { page } = watch
    await waitForMap(page)
    await controlled(page)
    server.faults.set('', { hang: true })
    server.faults.set('index.html', { hang: true })
    server.faults.set('data/pledges.json', { hang: true })
    const start = Date.now()
    await page.reload({ waitUntil: 'commit' })
    const shell = Date.now() - start
    await page.getByTestId('area-row-laoshan').waitFor()
    const data = Date.now() - start
    console.log(`hung server: page after ${shell} ms, with its data after ${data} ms`)
    // One 3 s wait in all (the page's); the data files then wait 0.5 s, not 3 s more each.
    expect(shell).toBeLessThan(4_000)
    expect(data).toBeLessThan(6_000)
    server.faults.clear()
    expectClean(watch)
    await page.context().close()
  })
})

describe('a sub-path mount', () => {
  it('loads at /apps/pledge-map (with or without the slash), scoped there, offline too', async () => {
    server.faults.clear()
    const watch = await openPage(browser, server.origin, {}, HTTP_CACHE)
    const { page } = watch
    await page.goto(server.url.replace(/\/$/, ''))
    expect(page.url()).toBe(server.url)
    await waitForMap(page)
    await controlled(page)
    const scope = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())!.scope,
    )
    expect(scope).toBe(server.url)
    await worksOffline(page)
    expectClean(watch)
    await page.context().close()
  })
})

describe('a deploy behind a server without Cache-Control', () => {
  it('the next visit gets the new index.html and pledges.json', async () => {
    const dir = copyOfDist('plain')
    // Files a month old: from Last-Modified alone the browser would keep them for three days.
    const month = Date.now() / 1000 - 30 * 86_400
    const touch = (rel: string, time: number) => utimesSync(join(dir, rel), time, time)
    for (const rel of ['index.html', 'data/pledges.json', 'sw.js']) touch(rel, month)
    const plain = await serveWithFaults(dir)
    try {
      const watch = await openPage(browser, plain.origin, {}, HTTP_CACHE)
      const { page } = watch
      await page.goto(plain.url)
      await waitForMap(page)
      await controlled(page)
      // The deploy: a new title and a renamed district, copied over the old files.
      const html = readFileSync(join(dir, 'index.html'), 'utf8')
      writeFileSync(join(dir, 'index.html'), html.replace('<title>', '<title>v2 '))
      const data = JSON.parse(readFileSync(join(dir, 'data/pledges.json'), 'utf8')) as {
        areas: { id: string; nameZh: string }[]
      }
      for (const a of data.areas) if (a.id === 'laoshan') a.nameZh = '崂山区（新）'
      writeFileSync(join(dir, 'data/pledges.json'), JSON.stringify(data))
      await page.goto(plain.url)
      await waitForMap(page)
      expect(await page.title()).toMatch(/^v2 /)
      await expect
        .poll(() => page.getByTestId('area-row-laoshan').textContent())
        .toMatch(/崂山区（新）/)
      expectClean(watch)
      await page.context().close()
    } finally {
      await plain.close()
    }
  })
})
