import { describe, expect, it } from 'vitest'
import { areaName, nameSeparator, otherLang } from '../../../src/format/areaName'
import { AREAS } from '../../../src/data/areas'

const huangdao = { nameZh: '黄岛区', nameEn: 'Huangdao District (West Coast New Area)' }
const marine = { nameZh: '海洋高新区', nameEn: 'Marine High-tech Zone (West Coast)' }
const pingdu = { nameZh: '平度市', nameEn: 'Pingdu City' }

describe('areaName', () => {
  it.each([
    [huangdao, 'full', 'Huangdao District (West Coast New Area)'],
    [huangdao, 'plain', 'Huangdao District'],
    [huangdao, 'short', 'Huangdao'],
    [pingdu, 'short', 'Pingdu'],
    // A zone keeps its bracketed note in short form: it says which zone it is.
    [marine, 'short', 'Marine High-tech Zone (West Coast)'],
    [marine, 'plain', 'Marine High-tech Zone'],
  ] as const)('%o as %s in English', (area, form, name) => {
    expect(areaName(area, 'en', form)).toBe(name)
  })

  it.each(['full', 'plain', 'short'] as const)('gives the Chinese name whole (%s)', (form) => {
    expect(areaName(huangdao, 'zh', form)).toBe('黄岛区')
  })

  it('names every registered area in both languages', () => {
    for (const a of AREAS) {
      expect(areaName(a, 'zh')).toBe(a.nameZh)
      expect(areaName(a, 'en')).toBe(a.nameEn)
      expect(areaName(a, 'en', 'short')).not.toBe('')
    }
  })
})

describe('otherLang and nameSeparator', () => {
  it('switch and join by language', () => {
    expect([otherLang('zh'), otherLang('en')]).toEqual(['en', 'zh'])
    expect(['崂山区', '城阳区'].join(nameSeparator('zh'))).toBe('崂山区、城阳区')
    expect(['Laoshan', 'Chengyang'].join(nameSeparator('en'))).toBe('Laoshan, Chengyang')
  })
})
