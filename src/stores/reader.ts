import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

export interface ReaderTarget {
  reportId: string
  start: number
  end: number
  /** The number inside the passage, highlighted more strongly. */
  numberStart: number | null
  numberEnd: number | null
}

/** Which report the reader shows and which passage it highlights. */
export const useReaderStore = defineStore('reader', () => {
  const target = ref<ReaderTarget | null>(null)
  const open = (t: ReaderTarget) => (target.value = t)
  const close = () => (target.value = null)
  return { target, open, close }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReaderStore, import.meta.hot))
