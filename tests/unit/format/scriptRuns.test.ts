import { describe, expect, it } from 'vitest'
import { outletName } from '../../../src/format/outlet'
import { scriptRuns } from '../../../src/format/scriptRuns'

describe('scriptRuns', () => {
  it('keeps a cited term with its digits in one Chinese run', () => {
    expect(scriptRuns('the count stated with it (总投资930亿元的334个); never summed')).toEqual([
      { text: 'the count stated with it (', zh: false },
      { text: '总投资930亿元的334个', zh: true },
      { text: '); never summed', zh: false },
    ])
  })

  it('splits terms separated by English punctuation', () => {
    expect(scriptRuns('achievements (完成, 实现)').map((r) => r.zh)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ])
  })

  it('returns English text as one run', () => {
    expect(scriptRuns('Qingdao Daily')).toEqual([{ text: 'Qingdao Daily', zh: false }])
  })
})

describe('outletName', () => {
  it.each([
    ['青岛日报', 'Qingdao Daily'],
    ['青岛西海岸报', 'Qingdao West Coast News'],
    ['观海新闻 / 青岛日报 (青报全媒体)', 'Guanhai News / Qingdao Daily (Qingdao Daily Media)'],
  ])('%s', (zh, en) => {
    expect(outletName(zh, 'en')).toBe(en)
    expect(outletName(zh, 'zh')).toBe(zh)
  })
})
