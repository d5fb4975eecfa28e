/**
 * The number grammar on short sentences written for these tests in the style of district news
 * reports: numerals, magnitudes, qualifiers, ranges, units and size classes.
 */
import { describe, expect, it } from 'vitest'
import { classifyMetric } from '../../../src/pipeline/classify'
import { textToExcludedSpans } from '../../../src/pipeline/exclusions'
import { textToNormalised } from '../../../src/pipeline/normalise'
import { rangeStartsOfExcluded, textToNumbers } from '../../../src/pipeline/numbers'

function parse(raw: string) {
  const text = textToNormalised(raw)
  return textToNumbers(text, textToExcludedSpans(text))
}

describe('numeric expressions', () => {
  it.each([
    ['总投资930亿元的', 930, '亿元', 'exact', []],
    ['等19个总投资', 19, '个', 'exact', []],
    ['总投资290多亿元的', 290, '亿元', 'over', ['多']],
    ['等20多个总投资', 20, '个', 'over', ['多']],
    ['集聚影视企业超过1300家,', 1300, '家', 'over', ['超过']],
    ['头部企业50家以上,', 50, '家', 'atLeast', ['以上']],
    ['总值突破1500亿元,', 1500, '亿元', 'over', ['突破']],
    ['GDP突破1200亿元,', 1200, '亿元', 'over', ['突破']],
    ['推动总投资约60亿元的', 60, '亿元', 'approx', ['约']],
    ['持续抓实117.4万平方米的', 117.4, '万平方米', 'exact', []],
    ['市场主体达到48万家、', 48, '万家', 'exact', []],
    ['新增就业7万人', 7, '万人', 'exact', []],
    ['分别增长50%。', 50, '%', 'exact', []],
    ['新引进项目两个以上、', 2, '个', 'atLeast', ['以上']],
    ['再建设两所学校', 2, '所', 'exact', []],
    ['抓牢抓实一批30亿级以上大项目', 30, '亿级', 'atLeast', ['以上']],
  ])('%s → %d %s (%s)', (text, value, unit, bound, markers) => {
    const [n] = parse(text)
    expect(n).toMatchObject({ value, unit, bound, markers })
  })
})

describe('magnitudes and Chinese numerals', () => {
  it.each([
    ['全年完成投资1.2万亿元。', 12000, '亿元'],
    ['签约项目总投资3000万元。', 3000, '万元'],
    ['总投资三百亿元，', 300, '亿元'],
    ['落地两千万元的奖补资金', 2000, '万元'],
    ['推进一百二十个重点项目', 120, '个'],
    ['实施十三项民生实事', 13, '项'],
    ['计划投资约50亿建设园区', 50, '亿元'],
    ['计划投资1,200亿元', 1200, '亿元'],
    ['新能源装机达到35万千瓦', 35, '万千瓦'],
    ['港口吞吐量增加200万吨', 200, '万吨'],
  ])('%s → %d %s', (text, value, unit) => {
    expect(parse(text)[0]).toMatchObject({ value, unit })
  })

  it('never reads 1.2万亿元 as 1.2 亿元', () => {
    const [n] = parse('全年完成投资1.2万亿元。')
    expect(n).toMatchObject({ value: 12000, unit: '亿元', numberText: '1.2万' })
  })
})

describe('qualifiers', () => {
  it.each([
    ['新引进项目百余个', 100, '个', 'over'],
    ['新开工项目两千余个', 2000, '个', 'over'],
    ['新签约项目近百个', 100, '个', 'approx'],
    ['总投资逾50亿元', 50, '亿元', 'over'],
    ['投资超50亿元', 50, '亿元', 'over'],
    ['总投资100亿元左右', 100, '亿元', 'approx'],
    ['大约40个项目', 40, '个', 'approx'],
    ['投资10亿元及以上', 10, '亿元', 'atLeast'],
    ['总投资过千亿元，', 1000, '亿元', 'over'],
  ])('%s → %d %s (%s)', (text, value, unit, bound) => {
    expect(parse(text)[0]).toMatchObject({ value, unit, bound, sizeClass: false })
  })
})

describe('ranges keep both ends', () => {
  it.each([
    ['再引入1-2所职业院校', 1, 2, '所'],
    ['每年新建20～30个', 20, 30, '个'],
    ['每年新建20—30个', 20, 30, '个'],
    ['每年新建20~30个', 20, 30, '个'],
    ['每年新建20至30个', 20, 30, '个'],
    ['每年新建20到30个', 20, 30, '个'],
    ['投资5至8亿元', 5, 8, '亿元'],
    ['建设二十至三十个', 20, 30, '个'],
  ])('%s → %d to %d %s', (text, low, value, unit) => {
    expect(parse(text)[0]).toMatchObject({ low, value, unit, bound: 'range' })
  })
})

describe('size classes are thresholds of a count, never amounts', () => {
  it.each([
    ['按照抓百亿元项目、', 100, '亿元'],
    ['打造3个五百亿级产业集群', 500, '亿级'],
    ['集体经济收入过百万元农村社区', 100, '万元'],
    ['引进过百亿元项目两个', 100, '亿元'],
    ['投资10亿元及以上项目共35个', 10, '亿元'],
    ['过30亿元项目5个', 30, '亿元'],
    ['10亿元以上的项目12个', 10, '亿元'],
    ['培育千亿元产业集群', 1000, '亿元'],
  ])('reads the money in %s as a size class', (text, value, unit) => {
    const found = parse(text).find((n) => n.sizeClass)
    expect(found).toMatchObject({ value, unit, sizeClass: true })
  })

  it.each([
    '总投资290多亿元的产业项目',
    '总投资380亿元的重点产业',
    '总投资三百亿元，',
    '推动投资总额80亿元的项目开工',
  ])('keeps the money in %s as an amount', (text) => {
    expect(parse(text)[0]).toMatchObject({ sizeClass: false })
  })

  it('keeps the count of a size class as a count', () => {
    const found = parse('投资10亿元及以上项目共35个')
    expect(found.map((n) => [n.value, n.unit, n.sizeClass])).toEqual([
      [10, '亿元', true],
      [35, '个', false],
    ])
  })
})

describe('units that are not project counts', () => {
  it.each([
    ['流转土地50亩', 50, '亩'],
    ['新建道路12公里', 12, '公里'],
    ['新建管网8千米', 8, '千米'],
    ['新增新能源汽车1万辆', 1, '万辆'],
    ['改造面积30万平方米', 30, '万平方米'],
    ['规划面积5平方公里', 5, '平方公里'],
    ['接待游客300万人次', 300, '万人次'],
    ['新建学校6所', 6, '所'],
    ['建成公园4座', 4, '座'],
    ['用3年时间', 3, '年'],
    ['覆盖16市', 16, '市'],
  ])('%s → %d %s', (text, value, unit) => {
    expect(parse(text)[0]).toMatchObject({ value, unit })
  })

  it.each(['亩', '公里', '万吨', '市', '年', '座', '所', '人次', ''])(
    'never makes a count of projects of a number in %j, even right before 项目',
    (unit) => {
      const metric = classifyMetric({ unit, head: '新建', tail: '重点项目', markers: [] })
      expect(metric).toBe('other')
    },
  )

  it('leaves an Arabic number with no known unit out, for the coverage check', () => {
    expect(parse('编号A7地块')).toEqual([])
  })
})

describe('spans', () => {
  it('spans the qualifier, number and unit, and the digits alone', () => {
    const text = '集聚影视企业超过1300家,'
    const [n] = parse(text)
    expect(text.slice(n?.expr.start, n?.expr.end)).toBe('超过1300家')
    expect(text.slice(n?.digits.start, n?.digits.end)).toBe('1300')
  })

  it('spans both ends of a range as the number', () => {
    expect(parse('再引入1-2所职业院校')[0]).toMatchObject({ low: 1, value: 2, numberText: '1-2' })
  })
})

describe('not figures', () => {
  it.each([
    ['到2026年,打造', 'year'],
    ['2023-2025年,打造', 'a range of years'],
    ['1月28日举行的', 'date'],
    ['影视与5G、虚拟现实', 'name'],
    ['聚力发展“5+5+7”重点产业', 'slogan'],
    ['聚力发展「5+5+7」重点产业', 'slogan in corner quotes'],
    ['党的二十大报告', 'ordinal'],
    ['省第十二次党代会', 'ordinal'],
    ['自贸试验区2.0版', 'version'],
    ['一是坚持多维度提升', 'list numbering'],
    ['实施十大人才工程', 'a named group'],
    ['从建强园区、消化存量、理顺机制三个方面', 'an enumeration'],
    ['一二三产园区', 'list of numerals'],
    ['走进千家万户', 'an idiom'],
    ['牢牢守住十八亿亩耕地红线', 'a Chinese numeral with a measure'],
    ['用三年时间', 'a Chinese numeral with a time unit'],
    ['一个项目', 'one'],
  ])('finds no figure in %s (%s)', (text) => {
    expect(parse(text)).toEqual([])
  })
})

describe('rangeStartsOfExcluded', () => {
  it.each([
    ['2023-2025年,打造', '2023', 'year'],
    ['1-11月,全区固定资产投资', '1', 'month-day'],
    ['2023至2025年', '2023', 'year'],
  ])('excludes the lower end of %s with its upper end', (text, low, ruleId) => {
    const spans = rangeStartsOfExcluded(text, textToExcludedSpans(text))
    expect(spans.map((x) => [text.slice(x.start, x.end), x.ruleId])).toEqual([[low, ruleId]])
  })

  it('leaves a range of counts alone', () => {
    const text = '每年新建20-30个'
    expect(rangeStartsOfExcluded(text, textToExcludedSpans(text))).toEqual([])
  })
})
