import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it, onTestFinished } from 'vitest'
import { waitForMap } from './browser'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()

/** A page that frames the app, served on 127.0.0.1 at a free port (a real loopback address:
 * Chromium blocks a public page from framing a loopback one). */
async function serveFramer(target: string) {
  const html = `<!doctype html><title>framer</title><iframe src="${target}/" width="800" height="400"></iframe>`
  const server = createServer((_, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(html),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe('inside another page’s frame', () => {
  it('does not run, and links to the app in its own tab', async () => {
    const watch = await app.open('', { waitMap: false })
    const { page } = watch
    // A page of another loopback origin (its own port) that frames the app. Its request goes
    // through a page route, which comes before the harness's block of other hosts.
    const framer = await serveFramer(app.origin)
    onTestFinished(framer.close)
    await page.route(`${framer.origin}/**`, (route) => route.continue())
    const appRequests: string[] = []
    page.on('request', (r) => {
      if (r.frame() !== page.mainFrame()) appRequests.push(new URL(r.url()).pathname)
    })
    await page.goto(framer.origin)
    const frame = page.frameLocator('iframe')
    const notice = frame.getByTestId('framed-notice')
    await notice.waitFor()
    expect(await notice.textContent()).toMatch(/框架.*Open it in its own tab/s)
    const links = notice.getByRole('link')
    expect(await links.count()).toBe(2)
    for (const link of await links.all()) {
      expect(await link.getAttribute('href')).toBe(`${app.origin}/`)
      expect(await link.getAttribute('target')).toBe('_blank')
      expect(await link.getAttribute('rel')).toBe('noopener')
    }
    // Nothing of the app ran: no explorer, no MapLibre chunk (loaded by main.ts at start; the
    // data files are preloaded by index.html itself, before any script).
    expect(await frame.locator('.explorer').count()).toBe(0)
    expect(appRequests.filter((p) => /createMap|maplibre/i.test(p))).toEqual([])
    await page.screenshot({ path: `${OUT}/framed.png` })

    // The link opens the app at the top of its own tab, where it runs.
    const [tab] = await Promise.all([page.context().waitForEvent('page'), links.last().click()])
    expect(await waitForMap(tab)).toBe(10)
    await tab.close()
    expectClean(watch)
  })
})
