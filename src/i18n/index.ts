import { createI18n } from 'vue-i18n'
import en from './en'
import planner from './planner'
import present from './present'
import zh from './zh'

/**
 * Messages of a feature (compare, presentation …) live in their own file under a namespace key,
 * `{ zh: { present: {…} }, en: { present: {…} } }`, and are merged here.
 */
interface FeatureMessages {
  zh: Record<string, unknown>
  en: Record<string, unknown>
}
const FEATURES: FeatureMessages[] = [present]
// Registered apart from the literal above so that features can be added without touching one line.
FEATURES.push(planner)
const merged = (lang: 'zh' | 'en') =>
  Object.assign({}, lang === 'zh' ? zh : en, ...FEATURES.map((f) => f[lang]))

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
  messages: { zh: merged('zh'), en: merged('en') },
})
