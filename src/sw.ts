/// <reference lib="webworker" />
/**
 * The service worker, compiled by vite-plugin-pwa (`injectManifest`), which replaces
 * `self.__WB_MANIFEST` with every built file, its revision and its SRI hash (see
 * build/precacheIntegrity.ts).
 *
 * - Precache: each file is stored under its revision, so a deploy downloads only the files that
 *   changed; the SRI hash makes the browser reject, and the install fail on, any answer whose
 *   bytes are not the build's (a captive-portal page, a half-copied file).
 * - Updates wait: there is no automatic `skipWaiting`. A new version installs beside the running
 *   one (its files are added to the same cache; the old entries stay), and the page offers a
 *   reload (src/components/UpdatePrompt.vue), which posts SKIP_WAITING. Until then the open tab
 *   keeps being served the old version, lazy chunks included.
 * - Data files and the page itself are network-first with a timeout, the precached copy as the
 *   fallback, so a deploy's data reaches a reload without waiting for the worker. They revalidate
 *   with the server even when it sends no `Cache-Control`; a data file answered with HTML or an
 *   error status falls back to its precached copy.
 */
import { clientsClaim } from 'workbox-core'
import {
  addPlugins,
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { NetworkFirst } from 'workbox-strategies'
import type { RouteHandlerObject, WorkboxPlugin } from 'workbox-core/types'

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: readonly (PrecacheEntry | string)[]
}

/** How long a data file or the page may take before the precached copy is used. */
const NETWORK_TIMEOUT_SECONDS = 3
/**
 * How long the next requests wait once one has timed out (the server hangs or is gone), until
 * the network answers again: a reload then waits about 3 s in all, not 3 s per file in turn.
 */
const HASTY_TIMEOUT_SECONDS = 0.5
let serverUnanswering = false

/**
 * A request that would trust the HTTP cache (`default`) revalidates instead (`no-cache`). Behind a
 * server without `Cache-Control` (Python's http.server) the browser guesses a freshness from
 * `Last-Modified`, and a deploy's index.html and data would not arrive until that guess ran out;
 * for precache downloads, a bad answer stored with a long `max-age` would fail every later
 * install. A stricter mode the page chose (`no-store` on Retry, `reload`) is kept.
 */
const revalidate: WorkboxPlugin = {
  requestWillFetch: async ({ request }) =>
    request.cache === 'default' ? new Request(request, { cache: 'no-cache' }) : request,
}

/**
 * A data file's network answer that is not one: an error status or an HTML page (a captive
 * portal, a proxy's error page sent as 200). It is thrown away for the precached copy when there
 * is one; without one the page gets the answer and says what is wrong with it.
 */
const refuseNonData: WorkboxPlugin = {
  fetchDidSucceed: async ({ request, response }) => {
    const html = /^text\/html\b/i.test(response.headers.get('content-type') ?? '')
    if ((html || !response.ok) && (await matchPrecache(request.url))) {
      throw new Error(`${request.url}: HTTP ${response.status}, ${html ? 'HTML' : 'not data'}`)
    }
    return response
  },
}

/**
 * Network-first whose only cache is the precache: the network's answer is not stored a second
 * time (the precached copy, checked against its hash, is the offline fallback); `matchPrecache`
 * answers when the network fails or times out.
 */
function networkFirst(
  fallback: (request: Request) => Promise<Response | undefined>,
  plugins: WorkboxPlugin[] = [],
): RouteHandlerObject {
  const strategy = (timeout: number) =>
    new NetworkFirst({
      cacheName: 'pledge-map-network-first',
      networkTimeoutSeconds: timeout,
      plugins: [
        revalidate,
        ...plugins,
        {
          fetchDidSucceed: async ({ response }) => {
            serverUnanswering = false
            return response
          },
          cacheWillUpdate: async () => null,
          // Called only when the network failed or timed out.
          cachedResponseWillBeUsed: async ({ request, cachedResponse }) => {
            serverUnanswering = true
            return cachedResponse ?? (await fallback(request)) ?? null
          },
        },
      ],
    })
  const patient = strategy(NETWORK_TIMEOUT_SECONDS)
  const hasty = strategy(HASTY_TIMEOUT_SECONDS)
  return { handle: (options) => (serverUnanswering ? hasty : patient).handle(options) }
}

const isDataFile = (url: URL) =>
  url.origin === self.location.origin && /\.(json|geojson)$/.test(url.pathname)

// Routes match in the order they are registered: these two come before the precache route.
registerRoute(
  ({ url, request }) => request.method === 'GET' && isDataFile(url),
  networkFirst((request) => matchPrecache(request.url), [refuseNonData]),
)
registerRoute(new NavigationRoute(networkFirst(() => matchPrecache('index.html'))))

addPlugins([revalidate])
precacheAndRoute(self.__WB_MANIFEST)

// Deletes only caches left by older Workbox precache formats (`…-precache-…` names other than
// the current one), never the current precache cache an open tab of the previous version reads.
cleanupOutdatedCaches()

// The first visit's page is controlled at once (offline without a reload). On an update this
// changes nothing: activation itself waits for the prompt or for every old tab to close.
clientsClaim()

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})

// The hand-written worker this one replaces kept its files in `pledge-map-<hash>` caches.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => /^pledge-map-[0-9a-f]{12}$/.test(k)).map((k) => caches.delete(k)),
        ),
      ),
  )
})
