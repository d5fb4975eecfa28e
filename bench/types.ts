/** The pages a benchmark run loads: our app and the ECharts peer in two import styles. */
export const PAGES = ['app', 'peer-core', 'peer-full'] as const
export type PageKind = (typeof PAGES)[number]

/** The peer the budgets compare against: ECharts tree-shaken through `echarts/core`. */
export const REFERENCE_PEER: PageKind = 'peer-core'

/**
 * Where a load's first choropleth paint came from: the browser's first-contentful-paint while the
 * prerendered map of index.html was on screen, or the page's own `choropleth-paint` mark.
 */
export type PaintSource = 'fcp-prerender' | 'mark'

/** What one cold load of one page measured. `null` means the signal never came ("n/a"). */
export interface LoadSample {
  page: PageKind
  /** 0-based position of this load among the loads of the same page. */
  run: number
  /** Navigation start → first choropleth on screen, ms (see `paintSource`). */
  paintMs: number | null
  paintSource: PaintSource | null
  /**
   * The browser's first-contentful-paint, ms, on every page: the frame it presented first,
   * whatever was in it. Comparable across pages, where `paintMs` mixes it with script marks.
   */
  fcpMs: number | null
  /**
   * App: the prerendered map (`#prerender`) was in the DOM and not hidden when parsing ended and
   * still there at the first contentful paint. Peers: null.
   */
  prerender: boolean | null
  /**
   * App: navigation start → the real click on 崂山区's polygon (one every 50 ms from navigation
   * start) after which its panel opened, ms (the click event's timestamp). Peers: null.
   */
  selectReadyMs: number | null
  /** App: its own `performance.mark('select-ready')` (the static map answers clicks), ms. */
  selectReadyMarkMs: number | null
  /** App: navigation start → the frame after the panel first showed 崂山区, ms. */
  panelOpenedMs: number | null
  /** App: clicks dispatched up to and including the one that opened the panel. */
  selectAttempts: number | null
  /** App: when the page handled that click, ms (later than select-ready when it was queued). */
  selectHandledMs: number | null
  /** App: what the opening click landed on (`prerender`, `static`, `canvas`, …). */
  selectTarget: string | null
  /** Navigation start → `performance.mark('map-interactive')` (app: MapLibre idle; peers: ECharts finished). */
  interactiveMs: number | null
  /** Gzip body bytes finished before select-ready (app) or interactive (peers); null when that never came. */
  initialBytes: number | null
  /** Gzip body bytes of the data files (`.geojson`, `.json`) among the initial responses. */
  dataBytes: number | null
  /** Gzip body bytes of every response of the load (after idle and the neighbouring cities). */
  totalBytes: number
  /** Gzip body bytes the service worker fetched for the offline cache during the load. */
  offlineCacheBytes: number
  /** Main-thread JS heap after a forced GC at the end of the load, bytes (workers not included). */
  heapBytes: number | null
  /** Metric select change → `performance.mark('metric-applied')`, ms, one per switch (app only). */
  metricSwitchMs: number[]
  /** Click on the Laoshan row → panel showing 崂山区, ms, one per selection (app only). */
  selectToPanelMs: number[]
  /** Click on Laoshan's polygon on the live map (after MapLibre idle) → panel, ms (app only). */
  mapSelectToPanelMs: number[]
  /** Console errors, requests to foreign hosts, missing selectors and marks. */
  notes: string[]
}

/** One response as counted by the bench server. */
export interface ServedResponse {
  path: string
  /** Bytes of the body as sent (gzip when the request accepted it). */
  bytes: number
  /** Epoch ms when the body was fully written. */
  finishedAt: number
  /** Fetched by the service worker (its script, or the offline cache filling after the first draw). */
  serviceWorker?: boolean
}
