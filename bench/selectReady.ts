/** A click as the page received it (recorded by the bench's init script, capture phase). */
export interface ReceivedClick {
  /** The event's timestamp: when the browser created it, ms since navigation start. */
  t: number
  /** performance.now() when the page's first listener saw it (later than `t` on a busy page). */
  handledAt: number
  /** What it landed on: `prerender:laoshan`, `static:laoshan`, `canvas`, `label:laoshan`, … */
  target: string
}

/** What the init script recorded about the clicks and the panel in one load. */
export interface SelectRecord {
  clicks: ReceivedClick[]
  /** performance.now() when the panel was first seen showing 崂山区 (mutation observer). */
  panelSeenAt: number | null
  /** The frame after that, ms since navigation start. */
  panelAt: number | null
}

/** Select-ready of one load, or why there is none. */
export interface SelectReady {
  selectReadyMs: number | null
  panelOpenedMs: number | null
  /** Clicks dispatched up to and including the opener, those before the page existed included. */
  attempts: number | null
  target: string | null
  /** When the page handled the opener: later than `selectReadyMs` when it waited in the queue. */
  handledMs: number | null
  note: string | null
}

/**
 * Clicks are 50 ms apart; a dispatch time (the bench's clock, before the click is sent) and the
 * event's own timestamp (the browser's) differ by the send latency and clock rounding, far less.
 */
const SAME_CLICK_MS = 25

/**
 * Select-ready from one load's record: the click after which the panel opened is the last one the
 * page had handled when the panel appeared (its handler's DOM update is what the observer saw).
 * `dispatchedAt` are the bench's send times in the page's ms since navigation start, so clicks
 * made before the document existed count as attempts too.
 */
export function selectReadyOf(record: SelectRecord, dispatchedAt: readonly number[]): SelectReady {
  const none = {
    selectReadyMs: null,
    panelOpenedMs: null,
    attempts: null,
    target: null,
    handledMs: null,
  }
  if (record.panelSeenAt === null) {
    const note =
      dispatchedAt.length === 0
        ? 'select-ready n/a: no point on 崂山区 to click (the first map was never found)'
        : `select-ready n/a: ${dispatchedAt.length} clicks, the panel never showed 崂山区`
    return { ...none, note }
  }
  const seen = record.panelSeenAt
  const opener = record.clicks.filter((c) => c.handledAt <= seen).at(-1)
  if (!opener) {
    return {
      ...none,
      panelOpenedMs: record.panelAt,
      note: 'select-ready n/a: the panel opened without a click',
    }
  }
  return {
    selectReadyMs: opener.t,
    panelOpenedMs: record.panelAt,
    attempts: dispatchedAt.filter((d) => d <= opener.t + SAME_CLICK_MS).length,
    target: opener.target,
    handledMs: opener.handledAt,
    note: null,
  }
}
