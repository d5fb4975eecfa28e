import type { Page } from 'playwright-core'

/** The app's metric options, switched through in this order (back to the default last). */
export const METRIC_SEQUENCE = [
  'projects',
  'investmentPerKm2',
  'investmentPerResident',
  'investment',
]

/** Outcome of an in-page measurement: values, or why there are none. */
export interface Measured<T> {
  value: T
  note: string | null
}

/**
 * Switches `[data-testid="metric-select"]` through METRIC_SEQUENCE and times each change to the
 * next `performance.mark('metric-applied')`. The change is dispatched in the page (input + change,
 * as playwright's selectOption does) so the time excludes the DevTools round trip.
 */
export async function measureMetricSwitch(
  page: Page,
  timeoutMs: number,
): Promise<Measured<number[]>> {
  return page.evaluate(
    async ({ sequence, timeout }) => {
      const sel = document.querySelector('[data-testid="metric-select"]')
      if (!(sel instanceof HTMLSelectElement)) {
        return { value: [], note: 'metric switch n/a: no <select data-testid="metric-select">' }
      }
      const out: number[] = []
      let missing = 0
      for (const value of sequence) {
        if (!Array.from(sel.options).some((o) => o.value === value) || sel.value === value) continue
        const before = performance.getEntriesByName('metric-applied').length
        const t0 = performance.now()
        sel.value = value
        sel.dispatchEvent(new Event('input', { bubbles: true }))
        sel.dispatchEvent(new Event('change', { bubbles: true }))
        while (performance.getEntriesByName('metric-applied').length === before) {
          if (performance.now() - t0 > timeout) break
          await new Promise((r) => setTimeout(r, 10))
        }
        const mark = performance.getEntriesByName('metric-applied')[before]
        if (mark) out.push(mark.startTime - t0)
        else missing += 1
        // Let the map settle so that one switch does not queue behind the last.
        await new Promise((r) => setTimeout(r, 200))
      }
      const note = missing > 0 ? "metric switch: no 'metric-applied' mark after a change" : null
      return { value: out, note }
    },
    { sequence: METRIC_SEQUENCE, timeout: timeoutMs },
  )
}

interface PanelWindow {
  __benchPanel?: Promise<number | null>
}

/** How a selection is made: a click on the table's row, or a real click on the map's polygon. */
export type SelectBy = { row: string } | { point: { x: number; y: number } }

/**
 * Selects 崂山区 by a real click (`by`) and times the click event to the frame after
 * `[data-testid="area-panel"]` visibly shows 崂山区 in its title. The observer is armed in the page
 * before the click and the start is the click event's own timestamp, so input latency over
 * DevTools is left out. The panel must be closed first (see `closePanel`).
 */
export async function measureSelectToPanel(
  page: Page,
  by: SelectBy,
  timeoutMs: number,
): Promise<Measured<number | null>> {
  const row = 'row' in by ? by.row : null
  const armed = await page.evaluate(
    ({ selector, timeout }) => {
      const el = selector === null ? document.body : document.querySelector(selector)
      if (!el) return false
      const w = window as unknown as PanelWindow
      w.__benchPanel = new Promise<number | null>((resolve) => {
        let t0: number | null = null
        const shown = () => {
          const panel = document.querySelector('[data-testid="area-panel"]')
          const title = panel?.querySelector('h2') ?? panel
          return !!panel && (title?.textContent ?? '').includes('崂山区') && panel.checkVisibility()
        }
        const done = () => {
          if (t0 === null || !shown()) return false
          const start = t0
          mo.disconnect()
          requestAnimationFrame(() => resolve(performance.now() - start))
          return true
        }
        const mo = new MutationObserver(() => done())
        const onClick = (e: MouseEvent) => {
          if (!e.isTrusted || !(e.target instanceof Node) || !el.contains(e.target)) return
          window.removeEventListener('click', onClick, { capture: true })
          t0 = e.timeStamp
          queueMicrotask(done)
        }
        window.addEventListener('click', onClick, { capture: true })
        mo.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        })
        setTimeout(() => {
          mo.disconnect()
          resolve(null)
        }, timeout)
      })
      return true
    },
    { selector: row, timeout: timeoutMs },
  )
  if (!armed) return { value: null, note: `select → panel n/a: no ${row}` }
  if ('row' in by) await page.click(by.row, { timeout: timeoutMs })
  else await page.mouse.click(by.point.x, by.point.y)
  const ms = await page.evaluate(() => (window as unknown as PanelWindow).__benchPanel ?? null)
  const what = 'row' in by ? 'select → panel' : 'select → panel on the map'
  return {
    value: ms,
    note: ms === null ? `${what}: [data-testid="area-panel"] never showed 崂山区` : null,
  }
}

/**
 * Closes the panel the way a reader does (its "all areas" crumb; no camera move) and waits until
 * it is gone; true when no panel is left.
 */
export async function closePanel(page: Page, timeoutMs: number): Promise<boolean> {
  const crumb = page.locator('[data-testid="area-panel"] [data-testid="crumb-all"]')
  if ((await crumb.count()) > 0) await crumb.first().click({ timeout: timeoutMs })
  return page
    .waitForSelector('[data-testid="area-panel"]', { state: 'detached', timeout: timeoutMs })
    .then(() => true)
    .catch(() => false)
}
