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
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined)
  })
}
