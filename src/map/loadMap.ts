/**
 * MapLibre is most of the app's weight, so it is loaded as its own chunk: the static SVG
 * choropleth paints first, and the download starts at once (see main.ts) rather than when the
 * map component mounts. Memoised so every caller shares one download.
 */
let loading: Promise<typeof import('./createMap')> | null = null

export function loadPledgeMap(): Promise<typeof import('./createMap')> {
  loading ??= import('./createMap')
  return loading
}
