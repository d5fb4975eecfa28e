import type { Browser, Page } from 'playwright-core'
import { launchChromium as launchWithFlags } from '../scripts/chromium'
import { splitBytes } from './bytes'
import { measureMetricSwitch, measureSelectToPanel } from './interactions'
import type { BenchServer } from './server'
import type { LoadSample, PageKind } from './types'

/** Headless Chromium with the same flags as the end-to-end tests. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return launchWithFlags([], executablePath)
}

/** URL path of each page on the bench server. */
export const PAGE_PATHS: Record<PageKind, string> = {
  app: '/',
  'peer-core': '/peer/',
  'peer-full': '/peer-full/',
}

interface Marks {
  paintMs: number | null
  interactiveMs: number | null
  timeOrigin: number
  valuesSource: string | null
}

/** Waits for 'map-interactive' (or the timeout) and reads both marks and the peer's value source. */
function readMarks(page: Page, timeoutMs: number): Promise<Marks> {
  return page.evaluate(async (timeout) => {
    const at = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null
    while (at('map-interactive') === null && performance.now() < timeout) {
      await new Promise((r) => setTimeout(r, 20))
    }
    const map = document.querySelector<HTMLElement>('[data-testid="map"]')
    return {
      paintMs: at('choropleth-paint'),
      interactiveMs: at('map-interactive'),
      timeOrigin: performance.timeOrigin,
      valuesSource: map?.dataset.valuesSource ?? null,
    }
  }, timeoutMs)
}

/** What one cold load returns besides its sample. */
export interface LoadResult {
  sample: LoadSample
  valuesSource: string | null
}

/**
 * One cold load in a fresh context (empty cache): marks, bytes counted by the server, heap after a
 * forced GC, then (app only) metric switch and select → panel.
 */
export async function coldLoad(
  browser: Browser,
  server: BenchServer,
  kind: PageKind,
  run: number,
  timeoutMs: number,
  screenshotPath: string | null = null,
): Promise<LoadResult> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    timezoneId: 'Asia/Shanghai',
    locale: 'zh-CN',
  })
  // tsx (esbuild keepNames) wraps named functions in `__name(…)`; page.evaluate sends their
  // source to the page, where the helper does not exist.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f' })
  const notes: string[] = []
  try {
    const page = await context.newPage()
    page.on('console', (m) => {
      if (m.type() === 'error') notes.push(`console error: ${m.text().slice(0, 140)}`)
    })
    page.on('pageerror', (e) => notes.push(`page error: ${e.message.slice(0, 140)}`))
    page.on('request', (r) => {
      const url = new URL(r.url())
      if (/^https?:$/.test(url.protocol) && url.origin !== server.origin) {
        notes.push(`request to a foreign host: ${url.host}`)
      }
    })
    server.drain()
    await page.goto(server.origin + PAGE_PATHS[kind], { waitUntil: 'domcontentloaded' })
    const marks = await readMarks(page, timeoutMs)
    if (marks.paintMs === null) notes.push("no 'choropleth-paint' mark")
    if (marks.interactiveMs === null) notes.push(`no 'map-interactive' mark within ${timeoutMs} ms`)
    const interactiveAt =
      marks.interactiveMs === null ? null : marks.timeOrigin + marks.interactiveMs
    const bytes = splitBytes(server.drain(), interactiveAt)
    if (screenshotPath) await page.screenshot({ path: screenshotPath })

    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = await cdp.send('Runtime.getHeapUsage')

    const sample: LoadSample = {
      page: kind,
      run,
      paintMs: marks.paintMs,
      interactiveMs: marks.interactiveMs,
      ...bytes,
      heapBytes: heap.usedSize,
      metricSwitchMs: [],
      selectToPanelMs: null,
      notes,
    }
    if (kind === 'app') await measureInteractions(page, sample, Math.min(timeoutMs, 5000))
    return { sample, valuesSource: marks.valuesSource }
  } finally {
    await context.close()
  }
}

/** The app's interactions; a failure becomes a note ("n/a"), never a lost load. */
async function measureInteractions(
  page: Page,
  sample: LoadSample,
  timeoutMs: number,
): Promise<void> {
  try {
    const switched = await measureMetricSwitch(page, timeoutMs)
    sample.metricSwitchMs = switched.value
    if (switched.note) sample.notes.push(switched.note)
  } catch (err) {
    sample.notes.push(`metric switch failed: ${String(err).split('\n')[0]}`)
  }
  try {
    const panel = await measureSelectToPanel(page, timeoutMs)
    sample.selectToPanelMs = panel.value
    if (panel.note) sample.notes.push(panel.note)
  } catch (err) {
    sample.notes.push(`select → panel failed: ${String(err).split('\n')[0]}`)
  }
}
