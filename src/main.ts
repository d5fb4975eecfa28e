import { createPinia } from 'pinia'
import { createApp } from 'vue'
// Global sheets first, so every component's scoped styles come after them in the cascade.
import './styles/base.css'
import './styles/map.css'
import App from './App.vue'
import { i18n } from './i18n'
import { registerServiceWorker, watchChunkErrors } from './composables/useAppUpdate'
import FramedNotice from './components/FramedNotice.vue'
import { isFramed } from './framing/isFramed'

// Inside another page's frame (clickjacking), the app does not run: a notice links to it in its
// own tab. Checked first, before any data is fetched or a service worker registered.
if (isFramed(window)) createApp(FramedNotice).use(i18n).mount('#app')
else afterFirstPaint(start)

/**
 * Runs `run` once the prerendered map (index.html) is on screen. Module scripts run as soon as
 * the parser is done, and the app's start (data, stores, the first render) would hold the
 * browser's first frame until it finishes; a frame first costs one frame, not the whole start.
 * The timeout is a backstop for a browser that gives no frame at all.
 */
function afterFirstPaint(run: () => void) {
  let started = false
  const once = () => {
    if (started) return
    started = true
    run()
  }
  // A tab opened in the background gets no frames until it is shown: start at once there.
  if (document.visibilityState === 'hidden') return once()
  requestAnimationFrame(() => setTimeout(once, 0))
  setTimeout(once, 1000)
}

function start() {
  // MapLibre is not requested here: it loads once the static map answers clicks (loadMap.ts).
  createApp(App).use(createPinia()).use(i18n).mount('#app')

  // A failed lazy chunk (e.g. removed by a deploy) shows a message with a reload button.
  watchChunkErrors(window)

  // Offline after one visit: the service worker (src/sw.ts, Workbox via vite-plugin-pwa)
  // precaches the app. It is registered once the map has drawn (or after 10 s, e.g. without
  // WebGL), so its precache downloads never compete with what the first view needs.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) afterFirstDraw(registerServiceWorker)
}

function afterFirstDraw(run: () => void) {
  let done = false
  const once = () => {
    if (done) return
    done = true
    observer.disconnect()
    run()
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('map-interactive').length > 0) once()
  })
  observer.observe({ type: 'mark', buffered: true })
  setTimeout(once, 10_000)
}
