import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../src/boundaries/parseBoundaries'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()
const FILES = join(OUT, 'boundary-files')

/** A small triangle (4 positions) inside Qingdao, shifted per feature. */
const triangle = (i: number) => {
  const x = 120.1 + (i % 100) * 1e-3
  const y = 36.1 + Math.floor(i / 100) * 1e-3
  return [
    [
      [x, y],
      [x + 5e-4, y],
      [x, y + 5e-4],
      [x, y],
    ],
  ]
}
/**
 * Writes the file to disk and returns its path: Playwright hands a path to Chromium as it is,
 * whereas a buffer is decoded by script in the page, a long task of its own that would be
 * measured as ours.
 */
const geojson = (name: string, features: unknown[]) => {
  mkdirSync(FILES, { recursive: true })
  const path = join(FILES, name)
  writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }))
  return path
}
const bare = (count: number) =>
  Array.from({ length: count }, () => ({ type: 'Feature', properties: {}, geometry: null }))
const polygons = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    properties: { name: `区块 ${i + 1}` },
    geometry: { type: 'Polygon', coordinates: triangle(i) },
  }))

/**
 * Starts recording main-thread long tasks (over 50 ms) from now on. Registered before the upload;
 * `buffered` also delivers tasks queued before the observer's first callback.
 */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  const since = await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] }
    w.longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
    return performance.now()
  })
  /** The longest task since `since`, in ms (0 when none was over 50 ms). */
  return () =>
    page.evaluate(async (t0) => {
      // Let the observer deliver what the last tasks queued.
      await new Promise((r) => requestIdleCallback(r, { timeout: 1000 }))
      await new Promise((r) => setTimeout(r, 0))
      const w = window as unknown as { longTasks: { start: number; duration: number }[] }
      return Math.max(0, ...w.longTasks.filter((t) => t.start >= t0).map((t) => t.duration))
    }, since)
}

/** Records every progress text the dialog draws from now on. */
async function watchProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { progressSeen: string[] }
    w.progressSeen = []
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="boundary-progress-text"]')?.textContent
      if (text && text !== w.progressSeen.at(-1)) w.progressSeen.push(text)
    }).observe(document.body, { childList: true, subtree: true, characterData: true })
  })
  return () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)
}

async function openDialog() {
  const watch = await app.open()
  await watch.page.getByTestId('boundary-open').click()
  await watch.page.getByTestId('boundary-dialog').waitFor()
  return watch
}

describe('boundary uploads', () => {
  it.each([
    [
      '12,000 small polygons',
      () => geojson('many.geojson', polygons(12_000)),
      /many\.geojson 未被接受：共 12,000 个要素，超过 50 个的上限/,
    ],
    [
      '74,000 features without geometry',
      () => geojson('bare.geojson', bare(74_000)),
      /bare\.geojson 未被接受：共 74,000 个要素，超过 50 个的上限/,
    ],
  ])(
    'refuses %s with the cap message, never blocking the page 100 ms',
    async (label, file, text) => {
      const watch = await openDialog()
      const { page } = watch
      const longest = await watchLongTasks(page)
      const progress = await watchProgress(page)
      await page.getByTestId('boundary-file').setInputFiles(file())
      await expect.poll(() => page.getByTestId('boundary-error').textContent()).toMatch(text)
      const ms = await longest()
      console.log(`longest main-thread task, ${label}: ${ms.toFixed(0)} ms`)
      expect(ms).toBeLessThan(100)
      // Progress was drawn while the worker read the file (the cap comes before any check).
      expect((await progress()).at(-1)).toMatch(/^已读取 ([\d,]+) \/ \1 KB$/)
      await page.screenshot({ path: `${OUT}/boundaries-cap.png` })
      expect(await page.getByTestId('boundary-progress').count()).toBe(0)
      expectClean(watch)
    },
  )

  it(`reviews a file at the feature cap (${LIMITS.features}) without freezing the page`, async () => {
    const watch = await openDialog()
    const { page } = watch
    const longest = await watchLongTasks(page)
    await page
      .getByTestId('boundary-file')
      .setInputFiles(geojson('cap.geojson', polygons(LIMITS.features)))
    await page.getByTestId(`boundary-row-${LIMITS.features - 1}`).waitFor()
    const ms = await longest()
    console.log(
      `longest main-thread task, ${LIMITS.features} polygons reviewed: ${ms.toFixed(0)} ms`,
    )
    // Drawing the review's 50 rows is main-thread work by nature; the log reports it against
    // the 100 ms budget. The bound here only tells "parsed in the worker" (tens of ms) from a
    // page that froze while parsing, with room for a loaded two-core CI machine.
    expect(ms).toBeLessThan(250)
    expectClean(watch)
  })

  it('shows progress, and Cancel stops the worker', async () => {
    const watch = await openDialog()
    const { page } = watch
    // Cancel as soon as the first progress is drawn, in the same task: the worker cannot finish
    // first. (Playwright's own click would come after it; CPU throttling does not slow workers.)
    await page.evaluate(() => {
      const seen = new MutationObserver(() => {
        const text = document.querySelector('[data-testid="boundary-progress-text"]')
        const cancel = document.querySelector<HTMLButtonElement>('[data-testid="boundary-cancel"]')
        if (!text || !cancel) return
        ;(window as unknown as { cancelledAt: string }).cancelledAt = text.textContent ?? ''
        cancel.click()
        seen.disconnect()
      })
      seen.observe(document.body, { childList: true, subtree: true, characterData: true })
    })
    await page.getByTestId('boundary-file').setInputFiles(geojson('slow.geojson', bare(74_000)))
    await expect
      .poll(() => page.getByTestId('boundary-notice').textContent())
      .toContain('已取消读取 slow.geojson')
    expect(
      await page.evaluate(() => (window as unknown as { cancelledAt: string }).cancelledAt),
    ).toMatch(/^已读取 \d[\d,]* \/ 3,\d{3} KB$/)
    expect(await page.getByTestId('boundary-progress').count()).toBe(0)
    expect(await page.getByTestId('boundary-error').count()).toBe(0)
    // A terminated worker posts nothing: a good file read next is the one shown.
    await page.getByTestId('boundary-file').setInputFiles(geojson('next.geojson', polygons(3)))
    await page.getByTestId('boundary-review').waitFor()
    expect(await page.getByTestId('boundary-error').count()).toBe(0)
    expectClean(watch)
  })

  it('names the problem of a crafted file that used to make the parser throw', async () => {
    const watch = await openDialog()
    const { page } = watch
    const crafted = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '<img src=x onerror=alert(1)>' },
          geometry: { type: { toString: 1 }, coordinates: [] },
        },
      ],
    }
    await page.getByTestId('boundary-file').setInputFiles({
      name: 'crafted.geojson',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(crafted)),
    })
    await expect
      .poll(() => page.getByTestId('boundary-refused').textContent())
      .toContain('“<img src=x onerror=alert(1)>”的几何类型是 object')
    expect(await page.locator('.boundary-upload img').count()).toBe(0)
    expectClean(watch)
  })
})
