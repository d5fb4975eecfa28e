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

/**
 * Clicks `[data-testid="area-row-laoshan"]` and times the click event to the frame after
 * `[data-testid="area-panel"]` visibly contains 崂山区. The observer is armed in the page before
 * the click and the start is the click event's own timestamp, so input latency over DevTools is
 * left out.
 */
export async function measureSelectToPanel(
  page: Page,
  timeoutMs: number,
): Promise<Measured<number | null>> {
  const row = '[data-testid="area-row-laoshan"]'
  const armed = await page.evaluate(
    ({ selector, timeout }) => {
      const el = document.querySelector(selector)
      if (!el) return false
      const w = window as unknown as PanelWindow
      w.__benchPanel = new Promise<number | null>((resolve) => {
        let t0: number | null = null
        const shown = () => {
          const panel = document.querySelector('[data-testid="area-panel"]')
          return !!panel && (panel.textContent ?? '').includes('崂山区') && panel.checkVisibility()
        }
        const done = () => {
          if (t0 === null || !shown()) return false
          const start = t0
          mo.disconnect()
          requestAnimationFrame(() => resolve(performance.now() - start))
          return true
        }
        const mo = new MutationObserver(() => done())
        window.addEventListener(
          'click',
          (e) => {
            if (!(e.target instanceof Node) || !el.contains(e.target)) return
            t0 = e.timeStamp
            queueMicrotask(done)
          },
          { capture: true },
        )
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
  await page.click(row, { timeout: timeoutMs })
  const ms = await page.evaluate(() => (window as unknown as PanelWindow).__benchPanel ?? null)
  return {
    value: ms,
    note: ms === null ? 'select → panel: [data-testid="area-panel"] never showed 崂山区' : null,
  }
}
