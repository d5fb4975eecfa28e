import { describe, expect, it } from 'vitest'
import { textToExcludedSpans } from '../../../src/pipeline/exclusions'
import {
  textToArabicNumbers,
  textToChineseMagnitudes,
  textToChineseNumbers,
} from '../../../src/pipeline/numbers'

function parse(text: string) {
  const excluded = textToExcludedSpans(text)
  return [
    ...textToArabicNumbers(text, excluded),
    ...textToChineseNumbers(text, excluded),
    ...textToChineseMagnitudes(text, excluded),
  ]
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
    ['推动总投资约60亿元的', 60, '亿元', 'approx', ['约']],
    ['再引入1-2所职业院校', 2, '所', 'range', []],
    ['持续抓实117.4万平方米的', 117.4, '万平方米', 'exact', []],
    ['市场主体达到48万家、', 48, '万家', 'exact', []],
    ['新增就业7万人', 7, '万人', 'exact', []],
    ['分别增长50%。', 50, '%', 'exact', []],
    ['引进过百亿元项目两个以上、', 2, '个', 'atLeast', ['以上']],
    ['再建设两所学校', 2, '所', 'exact', []],
    ['过30亿元项目', 30, '亿元', 'over', ['过']],
    ['抓牢抓实一批30亿级以上大项目', 30, '亿级', 'atLeast', ['以上']],
  ])('%s → %d %s (%s)', (text, value, unit, bound, markers) => {
    const [n] = parse(text)
    expect(n).toMatchObject({ value, unit, bound, markers })
  })

  it.each([
    ['按照抓百亿元项目、', 100, '亿元'],
    ['打造3个五百亿级产业集群', 500, '亿级'],
    ['集体经济收入过百万元农村社区', 100, '万元'],
  ])('reads the size class in %s as a threshold', (text, value, unit) => {
    const found = parse(text).find((n) => n.sizeClass)
    expect(found).toMatchObject({ value, unit, sizeClass: true })
  })

  it('keeps the range low end', () => {
    expect(parse('再引入1-2所职业院校')[0]).toMatchObject({ low: 1, value: 2, numberText: '1-2' })
  })

  it('spans the qualifier, number and unit, and the digits alone', () => {
    const text = '集聚影视企业超过1300家,'
    const [n] = parse(text)
    expect(text.slice(n?.expr.start, n?.expr.end)).toBe('超过1300家')
    expect(text.slice(n?.digits.start, n?.digits.end)).toBe('1300')
  })

  it.each([
    ['到2026年,打造', 'year'],
    ['1月28日举行的', 'date'],
    ['影视与5G、虚拟现实', 'name'],
    ['聚力发展“5+5+7”重点产业', 'slogan'],
    ['党的二十大报告', 'ordinal'],
    ['省第十二次党代会', 'ordinal'],
    ['自贸试验区2.0版', 'version'],
    ['一是坚持多维度提升', 'list numbering'],
    ['实施十大人才工程', 'a named group'],
    ['从建强园区、消化存量、理顺机制三个方面', 'an enumeration'],
    ['一二三产园区', 'list of numerals'],
  ])('finds no figure in %s (%s)', (text) => {
    expect(parse(text)).toEqual([])
  })
})
