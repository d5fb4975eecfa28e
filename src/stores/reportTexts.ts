import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Report } from '../types/pledge'

/**
 * Full report texts, fetched only when a reader or a commitment list needs them. A text whose
 * length differs from the manifest is refused: every offset in the data would point elsewhere.
 */
export const useReportTextStore = defineStore('reportTexts', () => {
  const texts = shallowRef<ReadonlyMap<string, string>>(new Map())
  const errors = ref<Record<string, string>>({})
  const pending = new Map<string, Promise<void>>()

  async function fetchText(report: Report): Promise<void> {
    try {
      const response = await fetch(`./reports/${encodeURIComponent(report.file)}`)
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      const text = await response.text()
      if (text.length !== report.length) {
        throw new Error(
          `length ${text.length} ≠ ${report.length}: not the text the data was built from`,
        )
      }
      texts.value = new Map(texts.value).set(report.id, text)
      const rest = { ...errors.value }
      delete rest[report.id]
      errors.value = rest
    } catch (err) {
      errors.value = { ...errors.value, [report.id]: (err as Error).message }
    } finally {
      pending.delete(report.id)
    }
  }

  function load(report: Report): Promise<void> {
    if (texts.value.has(report.id)) return Promise.resolve()
    const running = pending.get(report.id) ?? fetchText(report)
    pending.set(report.id, running)
    return running
  }

  return { texts, errors, load }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReportTextStore, import.meta.hot))
