import { describe, expect, it } from 'vitest'
import {
  formatCellValue,
  formatFigureValue,
  formatMetricValue,
  figureClause,
  formatPeriodShort,
  headlineBase,
  headlineOfMetric,
} from '../../../src/format/headline'
import type { Headline, Horizon } from '../../../src/types/pledge'
import { fig } from '../../fixtures/pledges/figures'

/**
 * Headlines modelled on the real ones (海洋高新区 290多 + 380 = 670多亿元, 交通商务区 约60亿元,
 * 莱西 300个以上 signings, 崂山 930亿元); only the fields a formatter reads matter.
 */
function hl(p: Partial<Headline> & Pick<Headline, 'value'>): Headline {
  return {
    unit: '亿元',
    figureIds: ['f1'],
    derived: false,
    bound: 'exact',
    markers: [],
    low: null,
    measure: 'portfolio',
    horizon: { kind: 'unspecified', text: null, startYear: null, endYear: null },
    reportId: 'r1',
    alsoReported: [],
    rule: 'investment',
    ...p,
  }
}
const marine = hl({ value: 670, bound: 'over', markers: ['多'], derived: true })
const transport = hl({ value: 60, bound: 'approx', markers: ['约'] })
const laixi = hl({ value: 300, unit: '个', bound: 'atLeast', markers: ['以上'], measure: 'signed' })
const laoshan = hl({ value: 930 })
const range = hl({ value: 30, low: 20, unit: '个', bound: 'range' })

describe('headlineBase', () => {
  it.each([
    ['investment', 'investment'],
    ['projects', 'projects'],
    ['investmentPerKm2', 'investment'],
    ['investmentPerResident', 'investment'],
    ['figureCount', null],
  ] as const)('%s → %s', (metric, base) => {
    expect(headlineBase(metric)).toBe(base)
  })
})

describe('headlineOfMetric', () => {
  const both = { investment: marine, projects: laixi }
  it.each([
    ['investment', 'investment', marine],
    ['investmentPerKm2', 'investment', marine],
    ['investmentPerResident', 'investment', marine],
    ['projects', 'projects', laixi],
  ] as const)('%s is read from the %s headline', (metric, base, h) => {
    expect(headlineOfMetric(metric, both)).toEqual({ base, h })
  })

  it.each([
    ['figureCount', both],
    ['investment', { investment: null, projects: laixi }],
    ['investmentPerKm2', undefined],
  ] as const)('%s has no headline here', (metric, headlines) => {
    expect(headlineOfMetric(metric, headlines)).toBeNull()
  })
})

describe('formatCellValue', () => {
  it.each([
    ['investment', 670, 'zh', '670多', marine],
    ['investment', 670, 'en', '>67', marine],
    ['investment', 60, 'zh', '约60', transport],
    ['investment', 60, 'en', '≈6', transport],
    ['investment', 930, 'zh', '930', laoshan],
    ['investment', 760.9, 'zh', '760.9', hl({ value: 760.9 })],
    ['investment', 760.9, 'en', '76.09', hl({ value: 760.9 })],
    ['investmentPerKm2', 22106.4, 'zh', '22,100', laoshan],
    ['investment', 7100, 'zh', '7,100', hl({ value: 7100 })],
    ['projects', 300, 'zh', '300以上', laixi],
    ['projects', 300, 'en', '≥300', laixi],
    ['projects', 30, 'zh', '20—30', range],
    ['projects', 30, 'en', '20–30', range],
    ['investmentPerKm2', 3462.3, 'zh', '>3,460', marine],
    ['investmentPerKm2', 3462.3, 'en', '>34.6', marine],
    ['investmentPerResident', 38700, 'zh', '≈38,700', transport],
    ['investmentPerKm2', 3462.3, 'zh', '3,460', laoshan],
    // Up to the range's upper end: rounded up, so "up to" stays true.
    ['investmentPerKm2', 3462.3, 'en', '≤34.7', range],
    ['figureCount', 29, 'zh', '29', null],
  ] as const)('%s %d in %s → %s', (metric, value, lang, text, h) => {
    expect(formatCellValue(metric, value, h, lang)).toBe(text)
  })
})

describe('formatMetricValue', () => {
  it.each([
    ['investment', 670, 'zh', '670多亿元', marine],
    ['investment', 670, 'en', 'over CNY 67 bn', marine],
    ['investment', 60, 'zh', '约60亿元', transport],
    ['projects', 300, 'zh', '300个以上', laixi],
    ['investmentPerKm2', 3462.3, 'zh', '约3,460 万元/km²', transport],
    ['investmentPerResident', 38700, 'en', 'over CNY 38,700 per resident', marine],
    ['investmentPerKm2', 3462.3, 'en', 'CNY 34.6 m/km²', laoshan],
    ['figureCount', 29, 'zh', '29 条数字', null],
  ] as const)('%s %d in %s → %s', (metric, value, lang, text, h) => {
    expect(formatMetricValue(metric, value, h, lang)).toBe(text)
  })
})

describe('formatFigureValue', () => {
  // 崂山 今年57亿元 (r001-f033), 平度 年内新引进130个以上 (r001-f039), 海洋高新区 20多个 (r000-f016).
  const f57 = fig({ id: 'a', areaId: 'laoshan', metric: 'investment', value: 57 })
  const f130 = fig({
    id: 'b',
    areaId: 'pingdu',
    metric: 'projectCount',
    value: 130,
    qualifier: { bound: 'atLeast', markers: ['以上'], aspirational: false },
  })
  const f20 = fig({
    id: 'c',
    areaId: 'marine-hitech',
    metric: 'projectCount',
    value: 20,
    qualifier: { bound: 'over', markers: ['多'], aspirational: false },
  })
  const f5000 = fig({ id: 'd', areaId: 'x', metric: 'investment', value: 5000, unit: '万元' })
  it.each([
    [f57, 'zh', '57亿元'],
    [f57, 'en', 'CNY 5.7 bn'],
    [f130, 'zh', '130个以上'],
    [f130, 'en', 'at least 130 projects'],
    [f20, 'zh', '20多个'],
    [f20, 'en', 'over 20 projects'],
    [f5000, 'zh', '5000万元'],
    [f5000, 'en', 'CNY 0.05 bn'],
  ] as const)('%# %s → %s', (f, lang, text) => {
    expect(formatFigureValue(f, lang)).toBe(text)
  })
})

describe('formatPeriodShort', () => {
  // The periods of the real headlines: 崂山 未来三年 (2022 report), 董家口 下半年, 李沧 新的一年,
  // 黄岛 none stated in the report of 2022-05-28.
  const h = (p: Partial<Horizon> & Pick<Horizon, 'kind'>): Horizon => ({
    text: null,
    startYear: null,
    endYear: null,
    ...p,
  })
  it.each([
    [
      h({ kind: 'multiYear', text: '未来三年', startYear: 2022, endYear: 2024 }),
      'zh',
      '2022—2024年',
    ],
    [h({ kind: 'multiYear', text: '未来三年', startYear: 2022, endYear: 2024 }), 'en', '2022–24'],
    [
      h({ kind: 'secondHalf', text: '下半年', startYear: 2023, endYear: 2023 }),
      'zh',
      '2023年下半年',
    ],
    [h({ kind: 'secondHalf', text: '下半年', startYear: 2023, endYear: 2023 }), 'en', 'H2 2023'],
    [h({ kind: 'year', text: '新的一年', startYear: 2023, endYear: 2023 }), 'zh', '2023年'],
    [h({ kind: 'year', text: '新的一年', startYear: 2023, endYear: 2023 }), 'en', '2023'],
    [h({ kind: 'byYear', text: '到2026年', endYear: 2026 }), 'zh', '到2026年'],
    [h({ kind: 'byYear', text: '到2026年', endYear: 2026 }), 'en', 'by 2026'],
    [h({ kind: 'unspecified' }), 'zh', '未注明（2022年5月报道）'],
    [h({ kind: 'unspecified' }), 'en', 'not stated (May 2022)'],
  ] as const)('%# %s → %s', (horizon, lang, text) => {
    expect(formatPeriodShort(horizon, '2022-05-28', lang)).toBe(text)
  })
})

describe('figureClause', () => {
  /** A figure of a real sentence, its number found as written. */
  const at = (quote: string, number: string, start = 100) => {
    const i = quote.indexOf(number)
    return { quote, start, numberStart: start + i, numberEnd: start + i + number.length }
  }
  it.each([
    // 崂山 r001-f033: the spending target before the comma is not part of the clause.
    [
      '未来5年,计划民生投入550亿元,今年将重点抓好总投资57亿元的36项政府实事。',
      '57亿元',
      '今年将重点抓好总投资57亿元的36项政府实事',
    ],
    // 平度 r001-f039, inside quotation marks.
    [
      '“我们将落实省、青岛市部署,推动稳增长措施落地见效,年内新引进重点产业项目130个以上,推进总投资674亿元的90个重点项目加快建设。”',
      '130个以上',
      '年内新引进重点产业项目130个以上',
    ],
    // 董家口 r003-f006: 、 joins the count and its amount in one clause.
    [
      '推动在建项目快投产，下半年再投产项目17个、总投资164亿元，可新增工业产值160亿元。',
      '17个',
      '下半年再投产项目17个、总投资164亿元',
    ],
  ])('%# %s', (quote, number, clause) => {
    expect(figureClause(at(quote, number))).toBe(clause)
  })

  it('ends a list item at 、 (崂山 r004-f008: 新开工50个项目、新竣工50个项目 are two)', () => {
    const quote =
      '力争全年新引进100个过亿元项目,新开工50个项目、新竣工50个项目,以项目建设推进高质量发展。'
    const f = at(quote, '50个', 100)
    const second = { ...f, numberStart: f.numberStart + 9, numberEnd: f.numberEnd + 9 }
    expect(figureClause(f, 30, true)).toBe('新开工50个项目')
    expect(figureClause(second, 30, true)).toBe('新竣工50个项目')
  })

  it('cuts a long clause around its number', () => {
    const f = at('一二三四五六七八九十57亿元一二三四五六七八九十。', '57亿元')
    expect(figureClause(f, 12)).toBe('…七八九十57亿元一二三四…')
  })
})
