import { createI18n } from 'vue-i18n'
import en from './en'
import zh from './zh'

export type Locale = 'zh' | 'en'
export const LOCALES: readonly Locale[] = ['zh', 'en']

/** Chinese for browsers that prefer any Chinese variant, English otherwise. */
export function browserLocale(languages: readonly string[]): Locale {
  const first = languages.find((l) => /^(zh|en)\b/i.test(l))
  return first && /^en/i.test(first) ? 'en' : first ? 'zh' : 'en'
}

/** Keeps `<html lang>` in step, so screen readers and CJK font selection follow the UI. */
export function syncDocumentLang(locale: Locale) {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
}

export const i18n = createI18n({
  legacy: false,
  locale: browserLocale(typeof navigator === 'undefined' ? [] : navigator.languages),
  fallbackLocale: 'zh',
  messages: { zh, en },
})
