import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { loadPledgeMap } from './map/loadMap'
import { i18n } from './i18n'
import './styles/base.css'
import './styles/explorer.css'
import './styles/planner.css'
import './styles/presentation.css'

// Start downloading MapLibre now, in parallel with the data; the SVG choropleth paints first.
void loadPledgeMap()

createApp(App).use(createPinia()).use(i18n).mount('#app')

// Offline after one visit: the service worker (built by build/sw-plugin.ts) precaches the app.
// It is registered once the map has drawn (or after 10 s, e.g. without WebGL), so its precache
// downloads never compete with what the first view needs.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  afterFirstDraw(() => navigator.serviceWorker.register('./sw.js').catch(() => undefined))
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
