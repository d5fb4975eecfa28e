/**
 * Runs each loader (a dynamic `import()`) once the live map is idle — the `map-interactive`
 * mark — and then the browser too, so lazy chunks a visitor is likely to open (exports, the
 * presentation) are in the cache by the time they click, without competing with what the first
 * view downloads. Without WebGL the mark never comes and the chunks load on first use.
 * Returns a function that stops waiting.
 */
export function prefetchWhenIdle(
  loaders: readonly (() => Promise<unknown>)[],
  target: Window = window,
): () => void {
  let stopped = false
  const run = () => {
    if (stopped) return
    // A failure is not reported here: the chunk is fetched again on first use, and reported then.
    for (const load of loaders) load().catch(() => {})
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('map-interactive').length === 0) return
    observer.disconnect()
    // Safari has no requestIdleCallback.
    if (typeof target.requestIdleCallback === 'function') {
      target.requestIdleCallback(run, { timeout: 2000 })
    } else target.setTimeout(run, 200)
  })
  observer.observe({ type: 'mark', buffered: true })
  return () => {
    stopped = true
    observer.disconnect()
  }
}
