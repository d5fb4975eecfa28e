import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { buildTour, type TourStep } from '../tour/buildTour'
import { DEFAULT_STATE } from '../types/defaults'
import type { TourOrder } from '../types/tour'
import type { MapMetric } from '../types/view'
import { usePledgeStore } from './pledges'
import { useViewStore } from './view'

/** Auto-advance intervals a presenter can choose, in milliseconds. */
export const INTERVALS_MS = [10_000, 20_000, 30_000] as const

/**
 * Presentation mode for big screens: on or off, the tour (its order and current step), the black
 * screen, auto-advance, and the opt-in kiosk loop. `active`, `order`, `step` and `kiosk` are kept
 * in the URL (see useUrlState). It writes no other store: what the map shows while presenting is
 * read through the shown store's getters, and the explorer's selection and view stay as they were.
 */
export const usePresentationStore = defineStore('presentation', () => {
  const pledges = usePledgeStore()
  const view = useViewStore()

  const active = ref(DEFAULT_STATE.present)
  const order = ref<TourOrder>(DEFAULT_STATE.tour)
  const step = ref(DEFAULT_STATE.step)
  const kiosk = ref(DEFAULT_STATE.kiosk)
  /** The screen is black (B or . on a clicker), the map and captions stay where they are. */
  const blanked = ref(false)
  /** Auto-advance is running. */
  const playing = ref(false)
  const intervalMs = ref<number>(INTERVALS_MS[0])
  /** The kiosk loop started this presentation: it loops from the last step to the first. */
  const looping = ref(false)

  const steps = computed<TourStep[]>(() =>
    pledges.data
      ? buildTour({
          rows: view.rows,
          headlines: pledges.headlines,
          figures: pledges.data.figures,
          reportCount: pledges.data.reports.length,
          order: order.value,
        })
      : [],
  )
  const last = computed(() => Math.max(0, steps.value.length - 1))
  /** The step on screen; a step number from an old link beyond the end shows the last step. */
  const index = computed(() => Math.min(step.value, last.value))
  const current = computed<TourStep | null>(() => steps.value[index.value] ?? null)
  /** The map is coloured by the tour's metric while presenting. */
  const metric = computed<MapMetric>(() => (order.value === 'projects' ? 'projects' : 'investment'))

  function go(to: number) {
    blanked.value = false
    step.value = Math.max(0, Math.min(last.value, to))
  }
  const next = () => go(looping.value && index.value === last.value ? 0 : index.value + 1)
  const prev = () => go(index.value - 1)
  const first = () => go(0)
  const goLast = () => go(last.value)
  const toggleBlank = () => (blanked.value = !blanked.value)
  const togglePlay = () => (playing.value = !playing.value)

  function enter(options: { loop?: boolean } = {}) {
    if (active.value) return
    looping.value = options.loop ?? false
    playing.value = looping.value
    step.value = 0
    active.value = true
  }
  function leave() {
    active.value = false
  }
  function setOrder(next: TourOrder) {
    order.value = next
    go(0)
  }

  // Leaving by any route (button, key, link, Back) ends the tour's own state with it.
  watch(active, (on) => {
    if (on) return
    blanked.value = false
    playing.value = false
    looping.value = false
    step.value = 0
  })

  return {
    active,
    order,
    step,
    kiosk,
    blanked,
    playing,
    intervalMs,
    looping,
    steps,
    index,
    current,
    metric,
    next,
    prev,
    first,
    last: goLast,
    toggleBlank,
    togglePlay,
    enter,
    leave,
    setOrder,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePresentationStore, import.meta.hot))
