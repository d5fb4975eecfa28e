import type { Lang } from '../types/view'
import en from './en.ts'
import planner from './planner.ts'
import present from './present.ts'
import zh from './zh.ts'

/** A message tree with every leaf widened to `string`: the shape both languages must have. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }

/**
 * Every user-facing word of the app, zh first. Feature messages (compare, presentation …) live
 * in their own files under a namespace key (`planner`, `present`) and are spread in here.
 */
const zhMessages = { ...zh, ...present.zh, ...planner.zh }

/**
 * The message schema: the Chinese messages' keys, every value a string. The English messages
 * are checked against it (a missing or extra key fails type-check), and vue-i18n is typed with
 * it (src/i18n/index.ts).
 */
export type MessageSchema = Messages<typeof zhMessages>

const enMessages: MessageSchema = { ...en, ...present.en, ...planner.en }

/**
 * The messages by language. Vue code reads them through vue-i18n (`t`); pure code that runs
 * outside Vue (exports, formatters) reads plain, placeholder-free leaves here directly, so both
 * say the same words.
 */
export const messages: Readonly<Record<Lang, MessageSchema>> = { zh: zhMessages, en: enMessages }
