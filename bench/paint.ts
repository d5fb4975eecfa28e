import type { PaintSource } from './types'

/** What a load saw that decides its first choropleth paint. */
export interface PaintSignals {
  /** App: the prerendered map was in the DOM and not hidden when parsing ended (null: peers). */
  prerender: boolean | null
  /** When the app removed or hid it, ms since navigation start; null while it stayed. */
  prerenderGoneAt: number | null
  /** The browser's first-contentful-paint, ms. */
  fcpMs: number | null
  /** The page's `choropleth-paint` mark, ms. */
  markMs: number | null
}

/** The first choropleth paint of one load, where it came from, and why, when it is not FCP. */
export interface FirstPaint {
  paintMs: number | null
  source: PaintSource | null
  /** The prerender was what the first contentful paint put on screen. */
  prerenderPainted: boolean | null
  note: string | null
}

/**
 * FCP when the prerendered map was on the page at the first contentful paint (it paints with
 * the HTML, and the browser's FCP is when that happened); otherwise the page's own mark. A
 * prerender taken away before FCP never reached the screen, so FCP would then be some other paint.
 */
export function firstPaint(s: PaintSignals): FirstPaint {
  const mark = (note: string | null, prerenderPainted: boolean | null): FirstPaint => ({
    paintMs: s.markMs,
    source: s.markMs === null ? null : 'mark',
    prerenderPainted,
    note: s.markMs === null ? (note ?? "no 'choropleth-paint' mark") : note,
  })
  if (s.prerender === null) return mark(null, null)
  if (!s.prerender) return mark(null, false)
  if (s.fcpMs === null)
    return mark('prerender in the HTML but no first-contentful-paint entry', false)
  if (s.prerenderGoneAt !== null && s.prerenderGoneAt <= s.fcpMs) {
    return mark('the prerender was removed before the first contentful paint', false)
  }
  return { paintMs: s.fcpMs, source: 'fcp-prerender', prerenderPainted: true, note: null }
}
