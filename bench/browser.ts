import type { Browser, Page } from 'playwright-core'
import { launchChromium as launchWithFlags } from '../scripts/chromium'
import { splitBytes } from './bytes'
import {
  closePanel,
  measureMetricSwitch,
  measureSelectToPanel,
  type SelectBy,
} from './interactions'
import {
  clickLoop,
  findLaoshanPoint,
  installSelectRecorder,
  svgHitAt,
  takeSelectRecord,
  type FoundPoint,
  type Point,
} from './select'
import { firstPaint } from './paint'
import { selectReadyOf } from './selectReady'
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

/** After idle the load ends once the network has been quiet this long (the neighbouring cities). */
const QUIET_MS = 750
/** …or after this long, whatever is still loading. */
const QUIET_CAP_MS = 6000
/** Clicks on 崂山区 go on this long after MapLibre idle before select-ready is given up. */
const SELECT_GRACE_MS = 3000
/** Selections per load for each select → panel measurement (pooled over loads, with p90). */
const SELECTIONS = 3

interface Marks {
  paintMs: number | null
  fcpMs: number | null
  interactiveMs: number | null
  selectReadyMarkMs: number | null
  timeOrigin: number
  valuesSource: string | null
}

/** Waits for 'map-interactive' (or the timeout) and reads the marks, FCP and the peer's source. */
function readMarks(page: Page, timeoutMs: number): Promise<Marks> {
  return page.evaluate(async (timeout) => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null
    while (at('map-interactive') === null && performance.now() < timeout) {
      await new Promise((r) => setTimeout(r, 20))
    }
    // A script's mark comes before the frame that shows it: the browser's first-contentful-paint
    // entry is written once that frame is presented, which can be later still.
    while (at('first-contentful-paint') === null && performance.now() < timeout) {
      await new Promise((r) => setTimeout(r, 20))
    }
    const map = document.querySelector<HTMLElement>('[data-testid="map"]')
    return {
      paintMs: at('choropleth-paint'),
      fcpMs: at('first-contentful-paint'),
      interactiveMs: at('map-interactive'),
      selectReadyMarkMs: at('select-ready'),
      timeOrigin: performance.timeOrigin,
      valuesSource: map?.dataset.valuesSource ?? null,
    }
  }, timeoutMs)
}

/** Resolves once the server has had no request in flight for QUIET_MS (or after QUIET_CAP_MS). */
async function networkQuiet(server: BenchServer): Promise<void> {
  const cap = Date.now() + QUIET_CAP_MS
  while (Date.now() < cap) {
    const { inFlight, lastAt } = server.activity()
    if (inFlight === 0 && Date.now() - lastAt >= QUIET_MS) return
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** A screenshot with a ring drawn over `point` (an overlay the bench adds and removes). */
async function shootPoint(page: Page, point: Point, path: string): Promise<void> {
  await page.evaluate(({ x, y }) => {
    const ring = document.createElement('div')
    ring.id = 'bench-point'
    Object.assign(ring.style, {
      position: 'fixed',
      left: `${x - 8}px`,
      top: `${y - 8}px`,
      width: '16px',
      height: '16px',
      border: '3px solid #e4007c',
      borderRadius: '50%',
      pointerEvents: 'none',
      zIndex: '2147483647',
    })
    document.body.append(ring)
  }, point)
  await page.screenshot({ path })
  await page.evaluate(() => document.getElementById('bench-point')?.remove())
}

/** Options of one cold load. */
export interface LoadOptions {
  screenshotPath?: string | null
  /** App: the point on 崂山区 to click from navigation start (select-ready); none: not measured. */
  point?: Point | null
  /** App: find that point in the first map on screen (the warm-up load does). */
  findPoint?: boolean
  /** With `findPoint`: a screenshot of that first map, the point marked. */
  firstMapPath?: string | null
}

/** What one cold load returns besides its sample. */
export interface LoadResult {
  sample: LoadSample
  valuesSource: string | null
  point: FoundPoint | null
}

/**
 * One cold load in a fresh context (empty cache): (app) clicks on 崂山区 every 50 ms from
 * navigation start until its panel opens, marks, bytes counted by the server until the network is
 * quiet, heap after a forced GC, then (app) metric switches and select → panel.
 */
export async function coldLoad(
  browser: Browser,
  server: BenchServer,
  kind: PageKind,
  run: number,
  timeoutMs: number,
  options: LoadOptions = {},
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
  let opened = false
  if (kind === 'app') await installSelectRecorder(context, () => (opened = true))
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
    let giveUpAt = Date.now() + timeoutMs
    const point = kind === 'app' ? (options.point ?? null) : null
    const clicks = point
      ? clickLoop(page, point, () => opened || Date.now() > giveUpAt, giveUpAt)
      : Promise.resolve([])
    await page.goto(server.origin + PAGE_PATHS[kind], { waitUntil: 'commit' })
    const found = options.findPoint
      ? await findLaoshanPoint(page, timeoutMs).catch(() => null)
      : null
    if (found && options.firstMapPath) await shootPoint(page, found, options.firstMapPath)
    const marks = await readMarks(page, timeoutMs)
    giveUpAt = Math.min(giveUpAt, Date.now() + SELECT_GRACE_MS)
    const sent = await clicks
    const record = kind === 'app' ? await takeSelectRecord(page).catch(() => null) : null
    if (marks.interactiveMs === null) notes.push(`no 'map-interactive' mark within ${timeoutMs} ms`)

    const toPage = (epoch: number) => epoch - marks.timeOrigin
    const ready =
      record && point
        ? selectReadyOf(record, sent.map(toPage))
        : {
            selectReadyMs: null,
            panelOpenedMs: null,
            attempts: null,
            target: null,
            handledMs: null,
            note: kind === 'app' ? 'select-ready n/a: no point on 崂山区 to click' : null,
          }
    if (ready.note && options.findPoint !== true) notes.push(ready.note)

    const paint = firstPaint({
      prerender: record?.prerender ?? null,
      prerenderGoneAt: record?.prerenderGoneAt ?? null,
      fcpMs: marks.fcpMs,
      markMs: marks.paintMs,
    })
    const paintMs = paint.paintMs
    if (paint.note) notes.push(paint.note)
    if (kind === 'app' && marks.selectReadyMarkMs === null) {
      notes.push(
        "no 'select-ready' mark (the app does not mark when its static map answers clicks)",
      )
    }

    await networkQuiet(server)
    const cutoff = kind === 'app' ? ready.selectReadyMs : marks.interactiveMs
    const bytes = splitBytes(server.drain(), cutoff === null ? null : marks.timeOrigin + cutoff)
    if (bytes.initialBytes === null) {
      notes.push(`initial transfer n/a: no ${kind === 'app' ? 'select-ready' : 'interactive'}`)
    }
    if (options.screenshotPath) await page.screenshot({ path: options.screenshotPath })
    if (ready.selectReadyMs !== null && paintMs !== null && ready.selectReadyMs < paintMs) {
      notes.push('the opening click was sent before the first paint and waited in the input queue')
    }

    // As in the previous release's numbers: the heap with no area selected.
    if (kind === 'app' && !(await closePanel(page, 5000))) notes.push('the panel did not close')
    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = await cdp.send('Runtime.getHeapUsage')

    const sample: LoadSample = {
      page: kind,
      run,
      paintMs,
      paintSource: paint.source,
      fcpMs: marks.fcpMs,
      prerender: paint.prerenderPainted,
      selectReadyMs: ready.selectReadyMs,
      selectReadyMarkMs: kind === 'app' ? marks.selectReadyMarkMs : null,
      panelOpenedMs: ready.panelOpenedMs,
      selectAttempts: ready.attempts,
      selectTarget: ready.target,
      selectHandledMs: ready.handledMs,
      interactiveMs: marks.interactiveMs,
      ...bytes,
      heapBytes: heap.usedSize,
      metricSwitchMs: [],
      selectToPanelMs: [],
      mapSelectToPanelMs: [],
      notes,
    }
    if (kind === 'app') await measureInteractions(page, sample, point ?? found, 5000)
    return { sample, valuesSource: marks.valuesSource, point: found }
  } finally {
    // Stops a click loop left running when the load failed half-way.
    opened = true
    await context.close()
  }
}

/** The app's interactions; a failure becomes a note ("n/a"), never a lost load. */
async function measureInteractions(
  page: Page,
  sample: LoadSample,
  point: Point | null,
  timeoutMs: number,
): Promise<void> {
  const attempt = async (what: string, step: () => Promise<void>) => {
    try {
      await step()
    } catch (err) {
      sample.notes.push(`${what} failed: ${String(err).split('\n')[0]}`)
    }
  }
  await attempt('metric switch', async () => {
    const switched = await measureMetricSwitch(page, timeoutMs)
    sample.metricSwitchMs = switched.value
    if (switched.note) sample.notes.push(switched.note)
  })
  // On the map first: a selection from the table flies the camera to the area, one on the map
  // does not, so the fixed point stays on 崂山区 only while nothing has been chosen in the table.
  const ways: { by: SelectBy; into: number[] }[] = [
    ...(point ? [{ by: { point }, into: sample.mapSelectToPanelMs }] : []),
    { by: { row: '[data-testid="area-row-laoshan"]' }, into: sample.selectToPanelMs },
  ]
  for (const { by, into } of ways) {
    for (let i = 0; i < SELECTIONS; i += 1) {
      await attempt('select → panel', async () => {
        if ('point' in by) {
          const hit = await svgHitAt(page, by.point)
          if (hit !== null) sample.notes.push(`the point hits an SVG map (${hit}) after idle`)
        }
        const panel = await measureSelectToPanel(page, by, timeoutMs)
        if (panel.value !== null) into.push(panel.value)
        if (panel.note) sample.notes.push(panel.note)
        if (!(await closePanel(page, timeoutMs))) sample.notes.push('the panel did not close')
      })
    }
  }
}
