import { describe, expect, it } from 'vitest'
import { horizonBefore } from '../../../src/pipeline/horizon'

describe('horizonBefore', () => {
  it.each([
    ['今年重点推进总投资X', 'year', 2022, 2022],
    ['年内新引进重点产业项目X', 'year', 2022, 2022],
    ['力争全年新引进X', 'year', 2022, 2022],
    ['新的一年,李沧区将推进X', 'year', 2022, 2022],
    ['下半年争取新开工项目X', 'secondHalf', 2022, 2022],
    ['到2026年,GDP突破X', 'byYear', 2022, 2026],
    ['未来三年,将抓好总投资X', 'multiYear', 2022, 2024],
    ['未来5年,计划民生投入X', 'multiYear', 2022, 2026],
    ['2023年,平度市将狠抓X', 'year', 2023, 2023],
    ['今年以来,灵山湾围绕X', 'unspecified', null, null],
    ['加快推进X', 'unspecified', null, null],
  ])('%s → %s', (context, kind, startYear, endYear) => {
    const h = horizonBefore(context, context.indexOf('X'), 2022)
    expect(h).toMatchObject({ kind, startYear, endYear })
  })

  it('takes the nearest marker before the number', () => {
    const c = '未来三年,抓好930亿元,今年推进X'
    expect(horizonBefore(c, c.indexOf('X'), 2022).text).toBe('今年')
  })
})
