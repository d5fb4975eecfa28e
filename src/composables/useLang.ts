import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { areaName, type NameForm, type Named } from '../format/areaName'
import type { Lang } from '../types/view'

/**
 * The interface language as a `Lang`, for the pure formatters (src/format) that take one. The
 * app's i18n instance is typed with the two locales, and an unexpected value reads as Chinese,
 * the fallback locale, rather than being cast.
 */
export function useLang(): ComputedRef<Lang> {
  const { locale } = useI18n({ useScope: 'global' })
  return computed(() => (locale.value === 'en' ? 'en' : 'zh'))
}

/**
 * An area's display name in the interface language ({@link areaName}); ids of areas not
 * (yet) known are shown as they are.
 */
export function useAreaName(): (
  area: Named | undefined,
  fallback?: string,
  form?: NameForm,
) => string {
  const lang = useLang()
  return (area, fallback = '', form = 'full') =>
    area ? areaName(area, lang.value, form) : fallback
}
