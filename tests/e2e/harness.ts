import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContextOptions } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { launchChromium, openPage, waitForMap, type PageWatch } from './browser'
import { serveDist } from './server'

export const OUT = 'tests/e2e/out'

/**
 * One preview server and one browser per test file; each test opens its own page. Call at the
 * top of a test file.
 */
export function useApp(extraArgs: string[] = []) {
  const app = {
    origin: '',
    browser: null as Browser | null,
    /** Opens the app at `hash` and waits for the map (unless `waitMap` is false). */
    async open(hash = '', options: BrowserContextOptions & { waitMap?: boolean } = {}) {
      const { waitMap = true, ...context } = options
      const watch = await openPage(app.browser!, app.origin, context)
      await watch.page.goto(`${app.origin}/${hash}`)
      if (waitMap) await waitForMap(watch.page)
      return watch
    },
  }
  let close: (() => Promise<void>) | null = null
  beforeAll(async () => {
    const server = await serveDist()
    close = server.close
    app.origin = server.origin
    app.browser = await launchChromium(extraArgs)
    mkdirSync(OUT, { recursive: true })
  })
  afterAll(async () => {
    await app.browser?.close()
    await close?.()
  })
  return app
}

/** Fails on anything that must never happen in any test: errors, CSP violations, other hosts. */
export function expectClean(watch: PageWatch) {
  expect(watch.consoleErrors).toEqual([])
  expect(watch.cspViolations).toEqual([])
  expect(watch.foreignRequests).toEqual([])
}
