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
 *   fallback, so a deploy's data reaches a reload without waiting for the worker.
 */
import { clientsClaim } from 'workbox-core'
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { NetworkFirst, type NetworkFirstOptions } from 'workbox-strategies'

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: readonly (PrecacheEntry | string)[]
}

/** How long a data file or the page may take before the precached copy is used. */
const NETWORK_TIMEOUT_SECONDS = 3

/**
 * Network-first whose only cache is the precache: the network's answer is not stored a second
 * time (the precached copy, checked against its hash, is the offline fallback); `matchPrecache`
 * answers when the network fails or times out.
 */
function networkFirst(fallback: (request: Request) => Promise<Response | undefined>) {
  const options: NetworkFirstOptions = {
    cacheName: 'pledge-map-network-first',
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [
      {
        cacheWillUpdate: async () => null,
        cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
          cachedResponse ?? (await fallback(request)) ?? null,
      },
    ],
  }
  return new NetworkFirst(options)
}

const isDataFile = (url: URL) =>
  url.origin === self.location.origin && /\.(json|geojson)$/.test(url.pathname)

// Routes match in the order they are registered: these two come before the precache route.
registerRoute(
  ({ url, request }) => request.method === 'GET' && isDataFile(url),
  networkFirst((request) => matchPrecache(request.url)),
)
registerRoute(new NavigationRoute(networkFirst(() => matchPrecache('index.html'))))

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
