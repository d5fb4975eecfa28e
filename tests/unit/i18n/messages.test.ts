import { describe, expect, it } from 'vitest'
import { messages } from '../../../src/i18n/messages'
import { i18n } from '../../../src/i18n'
import { MAP_METRICS } from '../../../src/types/view'

/** Every leaf path of a message tree: `panel.rule`, `planner.compare.add` … */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  )
}

/** The `{name}` placeholders of a message. */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()

/** Messages whose languages need different arguments of the same call. */
const GRAMMAR: Record<string, string> = {
  // 唯一报有…的区 names the level; English says "the only one of the districts".
  'present.onlyOne': 'level in zh, levels in en; the caller passes both',
}

function leaf(tree: object, path: string): string {
  return path
    .split('.')
    .reduce<unknown>((t, k) => (t as Record<string, unknown>)[k], tree) as string
}

describe('messages', () => {
  it('have the same keys in zh and en', () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages.zh).sort())
  })

  it('give every message text in both languages', () => {
    const empty = [
      ...keys(messages.zh).map((k) => `zh ${k}`),
      ...keys(messages.en).map((k) => `en ${k}`),
    ].filter((k) => leaf(messages[k.slice(0, 2) as 'zh' | 'en'], k.slice(3)).trim() === '')
    expect(empty).toEqual([])
  })

  it('use the same placeholders in zh and en', () => {
    const differ = keys(messages.zh).filter(
      (k) =>
        !(k in GRAMMAR) &&
        placeholders(leaf(messages.zh, k)).join() !== placeholders(leaf(messages.en, k)).join(),
    )
    expect(differ).toEqual([])
  })

  it('name, unit and rule every map metric', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const m of MAP_METRICS) {
        const t = messages[lang]
        expect([t.metric[m], t.metricUnit[m], t.metricRule[m], t.legendUnit[m]]).not.toContain('')
      }
    }
  })

  it('are what vue-i18n translates with', () => {
    const { t } = i18n.global
    expect(t('headlineRule.investment', {}, { locale: 'zh' })).toBe(
      messages.zh.headlineRule.investment,
    )
    expect(t('metricUnit.investment', {}, { locale: 'en' })).toBe('CNY billion')
    expect(t('planner.compare.add', {}, { locale: 'en' })).toBe('Add to comparison')
    expect(t('present.button', {}, { locale: 'zh' })).toBe('演示')
  })
})
