/// <reference types="vite-plugin-pwa/vanillajs" />
import { readonly, shallowRef } from 'vue'
import { registerSW } from 'virtual:pwa-register'

const updateReady = shallowRef(false)
const chunkFailed = shallowRef(false)
let activateUpdate: (() => Promise<void>) | null = null

/**
 * Registers the service worker (src/sw.ts) through vite-plugin-pwa's `registerSW`, which loads
 * workbox-window on demand. A new version installs and waits; `updateReady` turns true and the
 * page offers a reload instead of being taken over mid-visit.
 */
export function registerServiceWorker(): void {
  activateUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => {
      updateReady.value = true
    },
  })
}

/**
 * A lazily loaded part (comparison, methodology, report reader, the map) failed to load: after a
 * deploy its old file may be gone from the server. Vite's preload helper reports every failed
 * dynamic import with `vite:preloadError`; the error still reaches the component that asked.
 */
export function watchChunkErrors(target: Window): void {
  target.addEventListener('vite:preloadError', () => {
    chunkFailed.value = true
  })
}

/**
 * Reloads into the newest version. With a version waiting, it is activated first (SKIP_WAITING)
 * and the page reloads once the new worker controls it (registerSW does so only for a page that
 * was controlled when it loaded, not for a first visit that found an update). Otherwise a plain
 * reload.
 */
function reload(): void {
  if (!updateReady.value || !activateUpdate) return window.location.reload()
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  })
  void activateUpdate()
}

/** The update and chunk-failure state for UpdatePrompt.vue. */
export function useAppUpdate() {
  return { updateReady: readonly(updateReady), chunkFailed: readonly(chunkFailed), reload }
}
