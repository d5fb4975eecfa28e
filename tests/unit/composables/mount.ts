import { createPinia, setActivePinia } from 'pinia'
import { createApp, defineComponent } from 'vue'
import { onTestFinished } from 'vitest'
import { useGeoStore } from '../../../src/stores/geo'
import { usePledgeStore } from '../../../src/stores/pledges'
import { stubBuiltFiles } from '../stores/fixture'

/**
 * Mounts a component whose setup only calls `use` (a composable with onMounted/onBeforeUnmount
 * needs a component instance), with a fresh Pinia over the committed data; unmounted when the
 * test ends. Call in a DOM test.
 */
export async function mountComposable(use: () => void) {
  const pinia = createPinia()
  setActivePinia(pinia)
  stubBuiltFiles()
  await Promise.all([useGeoStore().load(), usePledgeStore().load()])
  const app = createApp(defineComponent({ setup: () => (use(), () => null) }))
  app.use(pinia)
  app.mount(document.createElement('div'))
  let mounted = true
  const unmount = () => {
    if (mounted) app.unmount()
    mounted = false
  }
  // Listeners left on `window` by one test would take the next test's keys.
  onTestFinished(unmount)
  return { unmount }
}
