import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countNoun, glossFigure, peopleNoun } from '../../../src/format/gloss'
import type { Figure, PledgeData } from '../../../src/types/pledge'
import { fig } from '../../fixtures/pledges/figures'

const data = JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as PledgeData

/** The expression as written inside its quote (qualifier, number, unit): 突破300亿元. */
const written = (f: Figure) => f.quote.slice(f.numberStart - f.start, f.numberEnd - f.start)
/** A real figure found by its report, its expression and the words just before it. */
function real(reportId: string, expression: string, before: string): Figure {
  const found = data.figures.find(
    (f) =>
      f.reportId === reportId &&
      written(f) === expression &&
      f.quote.slice(0, f.numberStart - f.start).endsWith(before),
  )
  if (!found) throw new Error(`no figure ${before}${expression} in ${reportId}`)
  return found
}

/**
 * A hand-made figure from a sentence with its expression in brackets: 新增就业[7万人]，…
 * Only the fields the gloss reads are set; the rest keep the fixture's defaults.
 */
function sentence(marked: string, p: Partial<Figure> & Pick<Figure, 'metric' | 'value'>): Figure {
  const numberStart = marked.indexOf('[')
  const numberEnd = marked.indexOf(']') - 1
  const quote = marked.replace('[', '').replace(']', '')
  return fig({
    id: 'x',
    areaId: null,
    quote,
    start: 0,
    end: quote.length,
    numberStart,
    numberEnd,
    ...p,
  })
}

describe('glossFigure on real figures', () => {
  it.each([
    ['r001', '7100亿元', '总投资', 'investment: CNY 710 bn'],
    ['r001', '1364个', '', '1,364 projects'],
    ['r004', '300个以上', '', 'at least 300 projects'],
    ['r001', '突破300亿元', '区级一般公共预算收入', 'budget revenue: over CNY 30 bn'],
    ['r000', '达到120亿元', '影视及相关产业营业收入', 'operating revenue: CNY 12 bn'],
    ['r001', '达到48万家', '市场主体', '480,000 market entities'],
    ['r001', '7万人', '新增就业', '70,000 new jobs'],
    ['r001', '达到7万人', '在校师生规模', '70,000 students and teachers'],
    ['r001', '608万平方米', '拆迁', 'demolition: 6.08 million m²'],
    ['r004', '约29.5万平方米', '建筑面积', 'floor area: about 295,000 m²'],
    ['r003', '30亿级以上', '', 'CNY 3 bn-class and above'],
    ['r004', '过百亿元', '', 'projects over CNY 10 bn'],
    ['r001', '8条', '', '8 industrial chains'],
    ['r001', '1-2所', '', '1 to 2 vocational colleges'],
  ])('%s %s%s → %s', (reportId, expression, before, gloss) => {
    expect(glossFigure(real(reportId, expression, before))).toBe(gloss)
  })

  it('glosses every figure in English, without Chinese characters', () => {
    for (const f of data.figures) expect(glossFigure(f), f.id).not.toMatch(/\p{Script=Han}/u)
  })

  it('never glosses a size class as an amount of a metric', () => {
    for (const f of data.figures.filter((g) => g.category === 'threshold'))
      expect(glossFigure(f), f.id).toMatch(/-class|over CNY/)
  })
})

describe('glossFigure: revenue', () => {
  it.each([
    ['财政收入[达到50亿元]。', 'budgetRevenue', 'budget revenue: CNY 5 bn'],
    ['全区营业收入[达到50亿元]。', 'revenue', 'operating revenue: CNY 5 bn'],
  ] as const)('%s → %s', (text, metric, gloss) => {
    expect(glossFigure(sentence(text, { metric, value: 50, unit: '亿元' }))).toBe(gloss)
  })
})

describe('glossFigure: market entities', () => {
  it('counts 市场主体 as market entities, not enterprises', () => {
    const f = sentence('市场主体[达到10万家]。', {
      metric: 'marketEntities',
      value: 10,
      unit: '万家',
    })
    expect(glossFigure(f)).toBe('100,000 market entities')
  })
})

describe('glossFigure: people', () => {
  it.each([
    ['新增就业[2万人]。', '20,000 new jobs'],
    ['带动就业[2万人]。', '20,000 jobs'],
    ['在校师生[2万人]。', '20,000 students and teachers'],
    ['常住人口[2万人]。', '20,000 people'],
  ])('%s → %s', (text, gloss) => {
    expect(glossFigure(sentence(text, { metric: 'other', value: 2, unit: '万人' }))).toBe(gloss)
  })
})

describe('glossFigure: size classes', () => {
  const threshold = (
    text: string,
    value: number,
    unit: string,
    bound: 'exact' | 'over' | 'atLeast',
  ) =>
    sentence(text, {
      metric: 'other',
      value,
      unit,
      category: 'threshold',
      qualifier: { bound, markers: [], aspirational: false },
    })

  it.each([
    ['打造两个[千亿级]产业集群。', 1000, '亿级', 'exact', 'CNY 100 bn-class'],
    ['培育[百亿级]产业链。', 100, '亿级', 'exact', 'CNY 10 bn-class'],
    ['打造[五百亿级]产业集群。', 500, '亿级', 'exact', 'CNY 50 bn-class'],
    ['一批[30亿级以上]大项目。', 30, '亿级', 'atLeast', 'CNY 3 bn-class and above'],
    ['抓[百亿元]项目。', 100, '亿元', 'exact', 'CNY 10 bn-class'],
    ['引进[过百亿元]项目两个。', 100, '亿元', 'over', 'projects over CNY 10 bn'],
    ['收入[过百万元]的社区。', 100, '万元', 'over', 'size class: over CNY 1 m'],
  ] as const)('%s → %s', (text, value, unit, bound, gloss) => {
    expect(glossFigure(threshold(text, value, unit, bound))).toBe(gloss)
  })
})

describe('glossFigure: areas', () => {
  it.each([
    ['今年计划拆迁[120万平方米]。', 'demolition', 120, 'demolition: 1.2 million m²'],
    ['总建筑面积[12万平方米]。', 'floorArea', 12, 'floor area: 120,000 m²'],
  ] as const)('%s → %s', (text, metric, value, gloss) => {
    expect(glossFigure(sentence(text, { metric, value, unit: '万平方米' }))).toBe(gloss)
  })
})

describe('glossFigure: counts', () => {
  it.each([
    ['打造[2条]千亿级产业链。', 2, '条', '2 industrial chains'],
    ['打造[3个]千亿级、3个五百亿级产业集群。', 3, '个', '3 industrial clusters'],
    ['做强[四大]专业化园区。', 4, '大', '4 parks'],
    ['建设[5个]产业园。', 5, '个', '5 parks'],
    ['引进[20家]企业。', 20, '家', '20 enterprises'],
    ['引进人才和团队[50个以上]。', 50, '个', '50 talent teams'],
    ['再引入[2所]职业院校。', 2, '所', '2 vocational colleges'],
    ['实施[十大]人才工程。', 10, '大', '10 programmes'],
    ['做强[七条]产业链和四大专业化园区。', 7, '条', '7 industrial chains'],
    ['完善[16项]工作落实制度。', 16, '项', '16 items'],
  ])('%s → %s', (text, value, unit, gloss) => {
    expect(glossFigure(sentence(text, { metric: 'other', value, unit }))).toBe(gloss)
  })
})

describe('glossFigure: spending', () => {
  it.each([
    ['spending', 'spending: CNY 55 bn'],
    ['portfolio', 'investment: CNY 55 bn'],
  ] as const)('investment of money type %s → %s', (moneyType, gloss) => {
    const f = sentence('计划民生投入[550亿元]。', { metric: 'investment', value: 550, moneyType })
    expect(glossFigure(f)).toBe(gloss)
  })
})

describe('countNoun', () => {
  it.each([
    ['', '千亿级先进制造产业集群', 'industrial clusters'],
    ['', '重点园区建设', 'parks'],
    ['国家级高层次人才和团队', '', 'talent teams'],
    ['', '方面奋勇争先', 'aspects'],
    ['', '环境', null],
  ])('before %j, after %j → %s', (head, tail, noun) => {
    expect(countNoun(head, tail)).toBe(noun)
  })
})

describe('peopleNoun', () => {
  it('reads 就业 written after the number as jobs', () => {
    expect(peopleNoun('带动', '就业')).toBe('jobs')
  })
})
