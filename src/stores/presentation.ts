import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { DEFAULT_STATE, type TourOrder } from '../url/hashState'

/** Presentation mode for big screens: on or off, the tour's order and current step, kiosk loop. */
export const usePresentationStore = defineStore('presentation', () => {
  const active = ref(DEFAULT_STATE.present)
  const order = ref<TourOrder>(DEFAULT_STATE.tour)
  const step = ref(DEFAULT_STATE.step)
  const kiosk = ref(DEFAULT_STATE.kiosk)
  return { active, order, step, kiosk }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePresentationStore, import.meta.hot))
