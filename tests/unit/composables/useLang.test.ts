// @vitest-environment happy-dom
import { createApp, defineComponent, nextTick, type ComputedRef } from 'vue'
import { describe, expect, it, onTestFinished } from 'vitest'
import { useAreaName, useLang } from '../../../src/composables/useLang'
import { i18n } from '../../../src/i18n'
import type { Lang } from '../../../src/types/view'

const huangdao = { nameZh: '黄岛区', nameEn: 'Huangdao District (West Coast New Area)' }

/** Runs the composables in a component of an app with the app's i18n instance. */
function mount() {
  let lang!: ComputedRef<Lang>
  let name!: ReturnType<typeof useAreaName>
  const app = createApp(
    defineComponent({
      setup: () => {
        lang = useLang()
        name = useAreaName()
        return () => null
      },
    }),
  )
  app.use(i18n)
  app.mount(document.createElement('div'))
  onTestFinished(() => app.unmount())
  return { lang: () => lang.value, name: (...a: Parameters<typeof name>) => name(...a) }
}

describe('useLang', () => {
  it('follows the interface locale', async () => {
    i18n.global.locale.value = 'zh'
    const m = mount()
    expect(m.lang()).toBe('zh')
    i18n.global.locale.value = 'en'
    await nextTick()
    expect(m.lang()).toBe('en')
  })
})

describe('useAreaName', () => {
  it('names an area in the interface language, an unknown one by its fallback', () => {
    i18n.global.locale.value = 'en'
    const m = mount()
    expect(m.name(huangdao)).toBe('Huangdao District (West Coast New Area)')
    expect(m.name(huangdao, '', 'short')).toBe('Huangdao')
    expect(m.name(undefined, 'laoshan')).toBe('laoshan')
    i18n.global.locale.value = 'zh'
    expect(m.name(huangdao)).toBe('黄岛区')
  })
})
