import { describe, expect, it } from 'vitest'
import { keepsPrerender, prerenderStateScript, SAME_PICTURE } from '../../../src/prerender/state'
import { DEFAULT_STATE } from '../../../src/types/defaults'
import { parseHash } from '../../../src/url/hashState'

const AREAS = new Set(['laoshan', 'shinan'])
const keeps = (hash: string, wide = true) => keepsPrerender(hash, wide, SAME_PICTURE)

describe('keepsPrerender', () => {
  it.each(Object.entries(SAME_PICTURE))('%s=%s is the default view', (key, value) => {
    const { state, problems } = parseHash(`#${key}=${value}`, AREAS)
    expect(problems).toEqual([])
    // The page's language is Chinese; everything else is the app's default.
    expect({ ...state, lang: null }).toEqual({ ...DEFAULT_STATE, compare: [] })
  })

  it.each([
    ['', true],
    ['#', true],
    ['#a=laoshan', true],
    ['#a=laoshan&m=inv&c=nb4&l=zh', true],
    ['#figure-f12', true],
    ['#m=prj', false],
    ['#m=km2', false],
    ['#c=q5', false],
    ['#p=viridis', false],
    ['#z=0', false],
    ['#l=en', false],
    ['#v=120.4,36.2,11', false],
    ['#r=dzwb-2023-01', false],
    ['#y=2023', false],
    ['#h=future', false],
    ['#cmp=laoshan,shinan', false],
    ['#show=1&step=3', false],
    ['#kiosk=1', false],
    ['#unknown=1', false],
  ])('%s on a wide screen: %s', (hash, kept) => {
    expect(keeps(hash)).toBe(kept)
  })

  it('hides for an area link on a phone, which frames that district', () => {
    expect(keeps('#a=laoshan', false)).toBe(false)
    expect(keeps('#figure-f12', false)).toBe(false)
    expect(keeps('', false)).toBe(true)
    expect(keeps('#m=inv', false)).toBe(true)
  })
})

describe('prerenderStateScript', () => {
  /** Runs the script's source against a fake page, as the browser runs prerender-state.js. */
  function run(hash: string, { wide = true, framed = false, languages = ['zh-CN'] } = {}) {
    const classes = new Set<string>()
    const self = {}
    const win = {
      top: framed ? {} : self,
      self,
      navigator: { languages },
      matchMedia: (q: string) => ({ matches: q === '(min-width: 701px)' && wide }),
    }
    const doc = { documentElement: { classList: { add: (c: string) => classes.add(c) } } }
    const script = new Function('window', 'document', 'location', prerenderStateScript())
    script(win, doc, { hash })
    return [...classes]
  }

  it('marks <html> for a link to another view, a phone area link and a frame', () => {
    expect(run('')).toEqual([])
    expect(run('#a=laoshan')).toEqual([])
    expect(run('#m=prj')).toEqual(['prerender-off'])
    expect(run('#a=laoshan', { wide: false })).toEqual(['prerender-off'])
    expect(run('', { framed: true })).toEqual(['prerender-off'])
  })

  it('marks an English-speaking browser, unless the link names a language or hides it all', () => {
    const en = { languages: ['en-GB', 'zh-CN'] }
    expect(run('', en)).toEqual(['prerender-en'])
    expect(run('#a=laoshan', en)).toEqual(['prerender-en'])
    // A browser with neither language gets the app in English (browserLocale).
    expect(run('', { languages: ['de-DE'] })).toEqual(['prerender-en'])
    expect(run('', { languages: ['zh-TW', 'en-US'] })).toEqual([])
    expect(run('#l=zh', en)).toEqual([])
    expect(run('#a=laoshan&l=zh', en)).toEqual([])
    expect(run('#m=prj', en)).toEqual(['prerender-off'])
  })

  it('is a classic script: no import or export', () => {
    expect(prerenderStateScript()).not.toMatch(/\b(import|export)\b/)
  })
})
