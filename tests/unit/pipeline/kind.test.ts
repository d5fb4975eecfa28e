/**
 * The kind, money type and count set of a figure, and the numerals that are not figures at all,
 * on short sentences written for these tests in the style of district news reports. Each runs
 * through the whole pipeline, so the words a rule sees are the ones extraction gives it.
 */
import { describe, expect, it } from 'vitest'
import { AREAS } from '../../../src/data/areas'
import { reportsToPledges } from '../../../src/pipeline/build'
import { textToExcludedSpans } from '../../../src/pipeline/exclusions'
import type { Figure } from '../../../src/types/pledge'
import { FIXTURE_META } from '../../fixtures/pledges/report'

function figuresOf(sentence: string): Figure[] {
  const text = `\n标题\n\n${sentence}\n`
  return reportsToPledges([{ meta: FIXTURE_META, text }], AREAS, []).figures
}

/** The figure whose number is written as `numberText` (the first, if several). */
function figureOf(sentence: string, numberText: string): Figure {
  const f = figuresOf(sentence).find((x) => x.numberText === numberText)
  if (!f) throw new Error(`no figure ${numberText} in ${sentence}`)
  return f
}

describe('kind: pledge, achievement or context', () => {
  it.each([
    ['崂山区今年将推进总投资120亿元的30个重点项目。', '120', 'pledge'],
    ['崂山区力争到2025年新引进项目80个。', '80', 'pledge'],
    ['崂山区年内计划完成投资45亿元。', '45', 'pledge'],
    ['今年以来,崂山区完成投资120亿元。', '120', 'achievement'],
    ['截至9月底,崂山区累计签约项目35个。', '35', 'achievement'],
    ['上半年,崂山区新开工项目28个。', '28', 'achievement'],
    ['崂山区已完成投资66亿元。', '66', 'achievement'],
    ['去年崂山区实现生产总值1100亿元。', '1100', 'achievement'],
    ['崂山区将落实全市1000个重点项目的部署。', '1000', 'context'],
    ['崂山区将助力全省新增投资2000亿元。', '2000', 'context'],
    // An event the report tells of is done by the time it is reported.
    ['崂山区此次集中开工项目26个。', '26', 'achievement'],
    ['签约仪式上，崂山区现场签约项目18个。', '18', 'achievement'],
    // The time frame of the paragraph carries across ；.
    ['去年，崂山区实施重点项目120个；新开工项目45个。', '45', 'achievement'],
    ['去年，崂山区实施重点项目120个；今年计划新开工项目60个。', '60', 'pledge'],
    // In a city-wide story the city's own figures are its pledges, not a cited frame.
    ['今年全市计划实施市级重点项目1000个。', '1000', 'pledge'],
  ] as const)('%s → %s is %s', (sentence, n, kind) => {
    expect(figureOf(sentence, n).kind).toBe(kind)
  })
})

describe('moneyType of an investment amount', () => {
  it.each([
    ['崂山区将抓好总投资930亿元的334个城市更新项目。', '930', 'portfolio'],
    ['崂山区推动投资总额80亿元的项目开工。', '80', 'portfolio'],
    ['崂山区年内计划完成投资45亿元。', '45', 'annualPlan'],
    ['崂山区今年计划完成固定资产投资200亿元。', '200', 'annualPlan'],
    ['崂山区未来5年,计划民生投入550亿元。', '550', 'spending'],
    ['崂山区今年安排财政资金12亿元。', '12', 'spending'],
    ['崂山区力争全年签约金额300亿元。', '300', 'signed'],
    ['崂山区新签约注册的项目总投资380亿元。', '380', 'portfolio'],
  ] as const)('%s → %s is %s', (sentence, n, moneyType) => {
    const f = figureOf(sentence, n)
    expect(f.metric).toBe('investment')
    expect(f.moneyType).toBe(moneyType)
  })

  it('gives no money type to anything but an investment', () => {
    const f = figureOf('崂山区全区生产总值突破1500亿元。', '1500')
    expect(f.metric).toBe('gdp')
    expect(f.moneyType).toBeNull()
  })
})

describe('countSet: what a project count counts', () => {
  it.each([
    ['崂山区将抓好总投资930亿元的334个城市更新项目。', '334', 'portfolio'],
    ['崂山区加快推进121个城市更新项目建设。', '121', 'portfolio'],
    ['崂山区力争全年新引进100个过亿元项目。', '100', 'introduced'],
    ['崂山区今年新开工50个项目、新竣工40个项目。', '50', 'started'],
    ['崂山区今年新开工50个项目、新竣工40个项目。', '40', 'completed'],
    ['崂山区下半年再投产项目17个。', '17', 'completed'],
    ['崂山区力争全年新签约亿元以上项目300个以上。', '300', 'signed'],
    ['崂山区推进总投资760亿元的83个过亿元项目洽谈落地。', '83', 'pipeline'],
    // 新签约注册的 describes the projects: they are a portfolio under construction.
    ['崂山区全速推进新签约注册的20个重点产业项目建设。', '20', 'portfolio'],
    // 加快开工建设 after the count is not a count of new starts.
    ['崂山区狠抓125个省市重点项目加快开工建设。', '125', 'portfolio'],
  ] as const)('%s → %s is %s', (sentence, n, countSet) => {
    const f = figureOf(sentence, n)
    expect(f.metric).toBe('projectCount')
    expect(f.countSet).toBe(countSet)
  })
})

describe('numerals that are not figures', () => {
  const excluded = (text: string) =>
    textToExcludedSpans(text).map((s) => [text.slice(s.start, s.end), s.ruleId])

  it.each([
    ['崂山区将做强现代金融、数字经济、高端商务3大主导产业。', '3大', 'named-group'],
    ['实施“汇智崂山”十大人才工程。', '十大', 'named-group'],
    ['从建强园区、消化存量、理顺机制三个方面提出规划。', '三个方面', 'aspects'],
    ['打造虚拟现实、现代金融2条千亿级产业链。', '2', 'enumeration'],
    ['加快建设集成电路、智能制造、基因科技三个千亿级产业集群。', '三', 'enumeration'],
    ['在先进制造业和现代服务业两个领域实现新突破。', '两', 'enumeration'],
  ] as const)('%s: %s is %s', (text, words, rule) => {
    expect(excluded(text)).toContainEqual([words, rule])
  })

  it.each([
    // 2 items named of 8: the count says more than the list.
    '打造微电子、生物医药等8条百亿级产业链。',
    '对双招双引、税源经济等77项重点任务进行攻坚。',
    '打造3个千亿级、3个五百亿级产业集群。',
  ])('keeps a count that says more than its list: %s', (text) => {
    expect(excluded(text).filter(([, rule]) => rule === 'enumeration')).toEqual([])
  })

  it.each([
    '全市此次集中开工项目120个，总投资650亿元，其中过10亿元项目18个。',
    '全市签约项目86个，总投资1200亿元，其中10亿元以上项目11个。',
  ])('never makes the size class of a 其中 breakdown an amount: %s', (text) => {
    const money = figuresOf(text).filter((f) => f.metric === 'investment')
    expect(money.map((f) => f.value)).not.toContain(10)
  })

  it('drops the counting word but keeps the size class beside it', () => {
    const figures = figuresOf('崂山区将打造虚拟现实、现代金融2条千亿级产业链。')
    expect(figures.map((f) => `${f.numberText}${f.unit}`)).toEqual(['千亿级'])
  })
})
