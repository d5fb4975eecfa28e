import type { BrowserContext, Page } from 'playwright-core'
import type { SelectRecord } from './selectReady'

/** A fixed screen point, CSS px of the 1280×800 viewport. */
export interface Point {
  x: number
  y: number
}

/** Clicks on 崂山区's polygon are repeated this often from navigation start (issue 16). */
export const CLICK_INTERVAL_MS = 50

/** What the recorder saw of the prerendered map. */
export interface PrerenderRecord {
  /** In the DOM and not hidden when parsing ended; null before that. */
  prerender: boolean | null
  /** performance.now() when it was removed or hidden; null while it is on the page. */
  prerenderGoneAt: number | null
}

/** The page's recorder, installed by `installSelectRecorder`. */
interface RecorderWindow {
  __benchSelect?: SelectRecord &
    PrerenderRecord & {
      swallow: boolean
      stop(): void
    }
  __benchPanelOpened?: () => void
}

/**
 * Runs in every document of the load before any of its scripts (an init script): records each
 * trusted click (its timestamp, when it was handled, what it hit), when the panel first shows
 * 崂山区, and whether the prerendered map was on screen when parsing ended. Once the panel is
 * open, further clicks already on their way are swallowed (capture phase) so that none of them
 * selects something else; the bench lets them through again when its click loop has stopped.
 */
function recorder(): void {
  const w = window as unknown as RecorderWindow
  const area = (el: Element | null) => el?.closest('[data-area-id]')?.getAttribute('data-area-id')
  const describe = (target: EventTarget | null): string => {
    if (!(target instanceof Element)) return 'none'
    if (target instanceof HTMLCanvasElement) return 'canvas'
    const where = target.closest('#prerender')
      ? 'prerender'
      : target.closest('[data-testid="static-choropleth"]')
        ? 'static'
        : 'page'
    const label = target.closest('[data-label-for]')?.getAttribute('data-label-for')
    const id = area(target) ?? (label ? `label ${label}` : target.tagName.toLowerCase())
    return `${where}:${id}`
  }
  const shown = () => {
    const panel = document.querySelector('[data-testid="area-panel"]')
    if (!panel) return false
    const title = panel.querySelector('h2') ?? panel
    return (
      (title.textContent ?? '').includes('崂山区') &&
      panel.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    )
  }
  const observer = new MutationObserver(() => {
    if (rec.panelSeenAt !== null || !shown()) return
    rec.panelSeenAt = performance.now()
    rec.swallow = true
    observer.disconnect()
    requestAnimationFrame(() => {
      rec.panelAt = performance.now()
      w.__benchPanelOpened?.()
    })
  })
  const rec: NonNullable<RecorderWindow['__benchSelect']> = {
    clicks: [],
    panelSeenAt: null,
    panelAt: null,
    swallow: false,
    prerender: null,
    prerenderGoneAt: null,
    stop: () => observer.disconnect(),
  }
  w.__benchSelect = rec
  const swallow = (e: Event) => {
    if (!rec.swallow || !e.isTrusted) return false
    e.stopImmediatePropagation()
    e.preventDefault()
    return true
  }
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
    window.addEventListener(type, swallow, { capture: true })
  }
  window.addEventListener(
    'click',
    (e) => {
      if (swallow(e) || !e.isTrusted) return
      rec.clicks.push({ t: e.timeStamp, handledAt: performance.now(), target: describe(e.target) })
    },
    { capture: true },
  )
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  })
  // 'interactive' comes when parsing has ended and before deferred and module scripts run: what
  // is on screen then is the HTML's own.
  const onScreen = (pre: HTMLElement | null): pre is HTMLElement =>
    !!pre?.isConnected &&
    !pre.hidden &&
    pre.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  // When the app takes the prerender away: a first paint after that is not the prerender's.
  const gone = new MutationObserver(() => {
    if (onScreen(document.getElementById('prerender'))) return
    rec.prerenderGoneAt = performance.now()
    gone.disconnect()
  })
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return
    const pre = document.getElementById('prerender')
    rec.prerender = onScreen(pre) && !!pre.querySelector('[data-area-id]')
    if (!rec.prerender) return
    gone.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'class'],
    })
  })
}

/** Installs the recorder and the binding that tells the bench the panel has opened. */
export async function installSelectRecorder(
  context: BrowserContext,
  onOpened: () => void,
): Promise<void> {
  await context.exposeBinding('__benchPanelOpened', onOpened)
  await context.addInitScript(recorder)
}

/** The page's record, with the recorder stopped and clicks let through again. */
export function takeSelectRecord(page: Page): Promise<(SelectRecord & PrerenderRecord) | null> {
  return page.evaluate(() => {
    const rec = (window as unknown as RecorderWindow).__benchSelect
    if (!rec) return null
    rec.stop()
    rec.swallow = false
    const { clicks, panelSeenAt, panelAt, prerender, prerenderGoneAt } = rec
    return { clicks, panelSeenAt, panelAt, prerender, prerenderGoneAt }
  })
}

/**
 * Clicks `point` with real mouse events every CLICK_INTERVAL_MS until `stopped()` or the deadline;
 * returns each click's send time, epoch ms (taken just before the dispatch). A click that cannot be
 * delivered (the page is between documents) still counts: a user's tap would be lost too.
 */
export async function clickLoop(
  page: Page,
  point: Point,
  stopped: () => boolean,
  deadline: number,
): Promise<number[]> {
  const sent: number[] = []
  const start = Date.now()
  while (!stopped() && Date.now() < deadline) {
    // The next slot of the 50 ms grid; a click that took longer skips the slots it overran.
    const due = start + Math.ceil((Date.now() - start) / CLICK_INTERVAL_MS) * CLICK_INTERVAL_MS
    if (sent.length > 0 || due > start) await new Promise((r) => setTimeout(r, due - Date.now()))
    if (stopped()) break
    sent.push(Date.now())
    await page.mouse.click(point.x, point.y).catch(() => undefined)
  }
  return sent
}

/** The point found in the first map on screen, and how it was checked. */
export interface FoundPoint extends Point {
  /** `prerender` or `static`: which map it was taken from. */
  map: string
  /** How far from the label's centre it had to move to lie inside the polygon, px. */
  offset: number
}

/**
 * Waits for the first SVG map with 崂山区 on screen (the prerender or the Vue static) and returns a
 * point on its polygon: the centre of `[data-label-for="laoshan"]`, or the nearest point to it
 * that `isPointInFill` puts inside the polygon with a 6 px margin and where `elementFromPoint` is
 * laoshan's own path or label (not a zone's circle over it). The maps share one camera, so the
 * point stays on 崂山区 after MapLibre takes over (the on-map select → panel checks it).
 */
export function findLaoshanPoint(page: Page, timeoutMs: number): Promise<FoundPoint | null> {
  return page.evaluate(async (timeout) => {
    const t0 = performance.now()
    const onLaoshan = (path: SVGGeometryElement, x: number, y: number) => {
      const inverse = path.getScreenCTM()?.inverse()
      if (!inverse) return false
      const inside = (dx: number, dy: number) =>
        path.isPointInFill(new DOMPoint(x + dx, y + dy).matrixTransform(inverse))
      if (
        ![
          [0, 0],
          [6, 0],
          [-6, 0],
          [0, 6],
          [0, -6],
        ].every(([dx, dy]) => inside(dx ?? 0, dy ?? 0))
      )
        return false
      const hit = document.elementFromPoint(x, y)
      return (
        hit === path ||
        hit?.closest('[data-area-id]') === path ||
        hit?.closest('[data-label-for]')?.getAttribute('data-label-for') === 'laoshan'
      )
    }
    while (performance.now() - t0 < timeout) {
      for (const map of [
        '#prerender [data-testid="prerender-map"]',
        '[data-testid="static-choropleth"]',
      ]) {
        const svg = document.querySelector(map)
        const path = svg?.querySelector<SVGGeometryElement>('[data-area-id="laoshan"]')
        const label = svg?.querySelector('[data-label-for="laoshan"]')
        const box = label?.getBoundingClientRect() ?? path?.getBoundingClientRect()
        if (!path || !box || box.width === 0 || !svg?.checkVisibility()) continue
        const cx = box.left + box.width / 2
        const cy = box.top + box.height / 2
        const area = path.getBoundingClientRect()
        const candidates: { x: number; y: number; d: number }[] = []
        for (let x = area.left; x <= area.right; x += 4) {
          for (let y = area.top; y <= area.bottom; y += 4) {
            candidates.push({ x, y, d: Math.hypot(x - cx, y - cy) })
          }
        }
        candidates.sort((a, b) => a.d - b.d)
        const found = [{ x: cx, y: cy, d: 0 }, ...candidates].find((c) => onLaoshan(path, c.x, c.y))
        const name = map.startsWith('#') ? 'prerender' : 'static'
        if (found)
          return { x: Math.round(found.x), y: Math.round(found.y), map: name, offset: found.d }
      }
      await new Promise((r) => requestAnimationFrame(r))
    }
    return null
  }, timeoutMs)
}

/** Whether `point` is on 崂山区 in the SVG map now on screen (null when none is). */
export function svgHitAt(page: Page, point: Point): Promise<string | null> {
  return page.evaluate(({ x, y }) => {
    const hit = document.elementFromPoint(x, y)
    if (!hit?.closest('svg')) return null
    return (
      hit.closest('[data-area-id]')?.getAttribute('data-area-id') ??
      hit.closest('[data-label-for]')?.getAttribute('data-label-for') ??
      hit.tagName.toLowerCase()
    )
  }, point)
}
