/**
 * MapLibre is most of the app's weight, so it is loaded as its own chunk, and only once the
 * static SVG choropleth answers clicks (`select-ready`, marked by StaticChoropleth): on a phone
 * with two cores, downloading, parsing and evaluating its 1 MB while the app mounts would delay
 * the moment a tap on a district does anything. Memoised so every caller shares one download.
 */
let loading: Promise<typeof import('./createMap')> | null = null

let selectable: () => void = () => undefined
const ready = new Promise<void>((resolve) => (selectable = resolve))

/**
 * Marks the moment the static map answers a click (the benchmark's `select-ready`) and lets
 * MapLibre start loading. Only the first call counts.
 */
export function markSelectReady(): void {
  if (performance.getEntriesByName('select-ready').length === 0) performance.mark('select-ready')
  selectable()
}

/** When the main thread is next idle, but never later than `timeout` ms. */
const whenIdle = (timeout: number) =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout })
    else setTimeout(resolve, 0)
  })

/** The createMap chunk, requested once the app is selectable and the main thread is idle. */
export function loadPledgeMap(): Promise<typeof import('./createMap')> {
  loading ??= ready.then(() => whenIdle(200)).then(() => import('./createMap'))
  return loading
}
