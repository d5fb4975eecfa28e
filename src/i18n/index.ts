// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- a .d.ts cannot be imported; this brings the virtual module's type to every tsconfig that reaches this file
/// <reference path="./virtual.d.ts" />
import { createI18n } from 'vue-i18n'
import compiled from 'virtual:compiled-messages'
import { DATE_FORMATS, NUMBER_FORMATS } from '../format/number'
import type { Lang } from '../types/view'
import { browserLocale } from './browserLocale'
import { precompiledCompiler, withCompiled } from './compiled'
import { messages, type MessageSchema } from './messages'

export type { MessageSchema }

/** The interface languages; the same two as the number-formatting languages. */
export type Locale = Lang
export const LOCALES: readonly Locale[] = ['zh', 'en']

export { browserLocale }

/** Keeps `<html lang>` in step, so screen readers and CJK font selection follow the UI. */
export function syncDocumentLang(locale: Locale) {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
}

type NumberFormats = typeof NUMBER_FORMATS
type DateFormats = typeof DATE_FORMATS

// Typing vue-i18n with the schema gives `t`, `n` and `d` key completion and checks.
declare module 'vue-i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmentation must be an interface
  export interface DefineLocaleMessage extends MessageSchema {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- as above
  export interface DefineNumberFormat extends NumberFormats {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- as above
  export interface DefineDateTimeFormat extends DateFormats {}
}

export const i18n = createI18n<
  { message: MessageSchema; number: NumberFormats; datetime: DateFormats },
  Locale,
  false
>({
  legacy: false,
  locale: browserLocale(typeof navigator === 'undefined' ? [] : navigator.languages),
  fallbackLocale: 'zh',
  // A build ships vue-i18n without its message compiler: messages with syntax come precompiled
  // (build/precompileMessages.ts). The dev server and tests compile at run time (`null`).
  messages: compiled
    ? {
        zh: withCompiled(messages.zh, compiled.zh ?? []),
        en: withCompiled(messages.en, compiled.en ?? []),
      }
    : messages,
  ...(compiled ? { messageCompiler: precompiledCompiler } : {}),
  // The same format tables the pure formatters use (src/format/number.ts), so `n()` and
  // `formatNumber()` print the same digits.
  numberFormats: { zh: NUMBER_FORMATS, en: NUMBER_FORMATS },
  datetimeFormats: { zh: DATE_FORMATS, en: DATE_FORMATS },
})
