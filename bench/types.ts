/** The pages a benchmark run loads: our app and the ECharts peer in two import styles. */
export const PAGES = ['app', 'peer-core', 'peer-full'] as const
export type PageKind = (typeof PAGES)[number]

/** The peer the budgets compare against: ECharts tree-shaken through `echarts/core`. */
export const REFERENCE_PEER: PageKind = 'peer-core'

/** What one cold load of one page measured. `null` means the signal never came ("n/a"). */
export interface LoadSample {
  page: PageKind
  /** 0-based position of this load among the loads of the same page. */
  run: number
  /** navigation start → `performance.mark('choropleth-paint')`, ms. */
  paintMs: number | null
  /** navigation start → `performance.mark('map-interactive')`, ms. */
  interactiveMs: number | null
  /** Gzip body bytes of every response finished before 'map-interactive' (all, if it never came). */
  initialBytes: number
  /** Gzip body bytes of the data files (`.geojson`, `.json`). */
  dataBytes: number
  /** Gzip body bytes of every response of the load. */
  totalBytes: number
  /** Main-thread JS heap after a forced GC once interactive, bytes (workers not included). */
  heapBytes: number | null
  /** Metric select change → `performance.mark('metric-applied')`, ms, one per switch (app only). */
  metricSwitchMs: number[]
  /** Click on the Laoshan row → panel showing 崂山区, ms (app only). */
  selectToPanelMs: number | null
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
}
