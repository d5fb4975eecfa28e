/**
 * Whose figure it is — an area, the city, the province or the nation — by which rule, and how
 * sure: on short texts written for these tests in the styles of Qingdao news (city roundups,
 * ceremonies, signing results, district reports). Each runs through the whole pipeline.
 */
import { describe, expect, it } from 'vitest'
import { AREAS } from '../../../src/data/areas'
import { areaHeadlines } from '../../../src/metrics/headlines'
import { reportsToPledges } from '../../../src/pipeline/build'
import type { Figure } from '../../../src/types/pledge'
import { FIXTURE_META } from '../../fixtures/pledges/report'

function figuresOf(body: string): Figure[] {
  const text = `\n标题\n\n${body}\n`
  return reportsToPledges([{ meta: FIXTURE_META, text }], AREAS, []).figures
}

/** The figure written as `numberText` (the `nth` such, from 0). */
function figureOf(body: string, numberText: string, nth = 0): Figure {
  const f = figuresOf(body).filter((x) => x.numberText === numberText)[nth]
  if (!f) throw new Error(`no figure ${numberText} in ${body}`)
  return f
}

type Who = Pick<Figure, 'areaId' | 'scope' | 'attribution' | 'confidence'>

const city = (attribution: Figure['attribution'], confidence: Figure['confidence']): Who => ({
  areaId: null,
  scope: 'city',
  attribution,
  confidence,
})
const area = (
  areaId: string,
  attribution: Figure['attribution'],
  confidence: Figure['confidence'],
): Who => ({ areaId, scope: 'area', attribution, confidence })

function whoOf(body: string, numberText: string, nth = 0): Who {
  return pick(figureOf(body, numberText, nth))
}

describe('the city, the province and the nation as scopes', () => {
  it.each([
    ['全市共有重点项目520个，总投资3100亿元。', '520', city('mentionBefore', 'high')],
    ['全市共有重点项目520个，总投资3100亿元。', '3100', city('mentionBefore', 'high')],
    ['我市今年计划实施省市重点项目260个。', '260', city('mentionBefore', 'high')],
    ['今年全市新开工亿元以上项目410个。', '410', city('mentionBefore', 'high')],
    ['青岛市今年安排市级重点项目230个。', '230', city('mentionBefore', 'high')],
    ['市级重点项目今年共安排180个，年度计划投资900亿元。', '180', city('mentionBefore', 'high')],
    // 全市 right before the number claims it, even after a district subject.
    ['崂山区将落实全市1000个重点项目的部署。', '1000', city('mentionBefore', 'high')],
    [
      '崂山区将助力全省新增投资2000亿元。',
      '2000',
      { areaId: null, scope: 'province', attribution: 'mentionBefore', confidence: 'high' },
    ],
    [
      '全国已建成5G基站超过200万个。',
      '200',
      { areaId: null, scope: 'nation', attribution: 'mentionBefore', confidence: 'high' },
    ],
    // A city frame opening a paragraph is no actor of the district named after it.
    [
      '当前，青岛市正在推进城市更新。李沧区今年计划实施项目45个。',
      '45',
      area('licang', 'mentionBefore', 'high'),
    ],
    // 全市重点项目中 … 崂山区: the place after the frame word is the subject.
    ['全市重点项目中崂山区有58个。', '58', area('laoshan', 'mentionBefore', 'high')],
    // 市级 after a district is the class of that district's list.
    ['城阳区今年推进市级重点项目64个。', '64', area('chengyang', 'mentionBefore', 'high')],
    // A share of the city is the area's figure.
    ['崂山区固定资产投资占全市的12%。', '12', area('laoshan', 'mentionBefore', 'high')],
  ] as const)('%s → %s', (body, n, who) => {
    expect(whoOf(body, n)).toEqual(who)
  })

  it('keeps city figures off the district headlines but in the data, with no warning', () => {
    const data = reportsToPledges(
      [{ meta: FIXTURE_META, text: '\n标题\n\n全市共有重点项目520个，总投资3100亿元。\n' }],
      AREAS,
      [],
    )
    expect(data.figures.map((f) => f.scope)).toEqual(['city', 'city'])
    expect(data.problems.filter((p) => p.kind === 'attribution')).toEqual([])
  })
})

describe('an event venue or a project site is not the subject', () => {
  it.each([
    [
      '全市重大项目集中开工仪式在西海岸新区举行，此次集中开工项目120个，总投资650亿元。',
      '120',
      city('mentionBefore', 'high'),
    ],
    [
      '全市重大项目集中开工仪式在西海岸新区举行，此次集中开工项目120个，总投资650亿元。',
      '650',
      city('mentionBefore', 'high'),
    ],
    [
      '全市重大项目集中开工仪式在西海岸新区举行。此次集中开工项目120个。',
      '120',
      city('block', 'medium'),
    ],
    // With no other actor, the venue is only a guess.
    ['在崂山区召开的推进会上，现场签约项目32个。', '32', area('laoshan', 'venue', 'low')],
    // 落户 another district's street: the investor's district stays the actor.
    [
      '李沧区招引的新材料项目落户城阳区城阳街道。该区今年新引进项目36个。',
      '36',
      area('licang', 'anaphor', 'medium'),
    ],
    // A project's site owns the project's figures in its own sentence, not the next one's.
    [
      '该项目落户城阳区棘洪滩街道，总投资45亿元。',
      '45',
      area('chengyang', 'mentionBefore', 'high'),
    ],
    // A venue named after the number does not capture it either.
    [
      '莱西市今年新开工项目48个，开工仪式在姜山镇举行。',
      '48',
      area('laixi', 'mentionBefore', 'high'),
    ],
  ] as const)('%s → %s', (body, n, who) => {
    expect(whoOf(body, n)).toEqual(who)
  })
})

describe('carry-over: how far the name is from the number', () => {
  it.each([
    ['崂山区今年计划新开工项目50个。', '50', area('laoshan', 'mentionBefore', 'high')],
    ['今年新开工项目50个，主要集中在崂山区。', '50', area('laoshan', 'mentionAfter', 'medium')],
    ['崂山区召开项目推进会。今年新开工项目50个。', '50', area('laoshan', 'block', 'medium')],
    // A name from an earlier paragraph of a plain article is only a guess.
    [
      '崂山区召开项目推进会，部署全年工作。\n\n会议强调要抓好招商引资。今年新开工项目50个。',
      '50',
      area('laoshan', 'carryOver', 'low'),
    ],
    // Under a speaker line the section is the speaker's area.
    [
      '省党代表、崂山区委书记张元升:\n\n今年将新开工项目50个。',
      '50',
      area('laoshan', 'header', 'medium'),
    ],
    ['海洋高新区>>\n\n今年将新开工项目50个。', '50', area('marine-hitech', 'header', 'medium')],
    ['今年新开工项目50个。', '50', area('', 'reportDefault', 'low')],
    // 全区, 区发展改革局, 新区 name the district again, not a place named after them.
    [
      '即墨国际陆港今年新引进项目27个。\n\n明年，全区计划实施重点项目300个，加强与上合示范区协作。',
      '300',
      area('jimo', 'anaphor', 'medium'),
    ],
    [
      '即墨国际陆港今年新引进项目27个。\n\n区发展改革局负责人介绍，12月份还将有7个项目开工。',
      '7',
      area('jimo', 'anaphor', 'medium'),
    ],
    [
      '西海岸新区各功能区加快建设，董家口经济区新开工项目9个。新区计划再开工项目40个。',
      '40',
      area('huangdao', 'anaphor', 'medium'),
    ],
    // A street not in the registry is its own subject: the district named last is a guess.
    [
      '今年城阳区计划实施重点项目200个，流亭街道计划新开工项目10个。',
      '10',
      area('chengyang', 'unlisted', 'low'),
    ],
    // …but a phrase ending in 街道 is no street.
    [
      '今年城阳区计划实施重点项目200个，推进街道改造项目10个。',
      '10',
      area('chengyang', 'mentionBefore', 'high'),
    ],
    // 我区 in an official's words is the official's district.
    [
      '崂山区委书记表示，今年我区将新开工项目50个，推动产业提质增效。',
      '50',
      area('laoshan', 'anaphor', 'medium'),
    ],
    // A time word opening the clause leaves the name after it the subject.
    [
      '今年城阳区计划实施重点项目200个，城阳街道项目数量占全区的16%。',
      '200',
      area('chengyang', 'mentionBefore', 'high'),
    ],
  ] as const)('%s → %s', (body, n, who) => {
    const expected = who.areaId === '' ? { ...who, areaId: null } : who
    expect(whoOf(body, n)).toEqual(expected)
  })
})

describe('分别: places and numbers by position', () => {
  const three = '崂山区、李沧区、城阳区分别完成投资120亿元、85亿元和60亿元。'
  const two = '市南区和市北区今年分别新开工项目12个、9个，总投资55亿元、38亿元。'
  it.each([
    [three, '120', 'laoshan'],
    [three, '85', 'licang'],
    [three, '60', 'chengyang'],
    [two, '12', 'shinan'],
    [two, '9', 'shibei'],
    [two, '55', 'shinan'],
    [two, '38', 'shibei'],
  ] as const)('%s → %s is %s', (body, n, areaId) => {
    expect(whoOf(body, n)).toEqual(area(areaId, 'respectively', 'high'))
  })

  it.each([
    ['崂山区、李沧区分别新开工项目12个、9个，分别完成投资36亿元、21亿元。', '21', 'licang'],
    ['市南区、市北区将以城市更新为抓手，分别推进改造项目40个、35个。', '35', 'shibei'],
  ] as const)('%s → %s is %s (a later 分别, a long gap)', (body, n, areaId) => {
    expect(whoOf(body, n)).toEqual(area(areaId, 'respectively', 'high'))
  })

  it('gives the bare items of a list the metric of the first', () => {
    const body = '崂山区、李沧区分别新开工项目12个、9个。'
    expect(figureOf(body, '9')).toMatchObject({ metric: 'projectCount', countSet: 'started' })
  })

  it('gives no area when places and numbers do not match up', () => {
    const body = '崂山区、李沧区、城阳区分别新开工项目12个、9个。'
    expect(whoOf(body, '12')).toEqual({
      areaId: null,
      scope: 'area',
      attribution: 'respectively',
      confidence: 'low',
    })
  })

  it('leaves 分别 after a list of figures, not places, to the subject', () => {
    const body = '崂山区生产总值突破1500亿元，预算收入突破300亿元，分别增长8%。'
    expect(whoOf(body, '8')).toEqual(area('laoshan', 'mentionBefore', 'high'))
  })
})

describe('其中: parts nested in their total', () => {
  const signing = '全市共签约项目86个，其中市南区12个、市北区9个、黄岛区30个。'
  it.each([
    [signing, '86', city('mentionBefore', 'high'), null],
    [signing, '12', area('shinan', 'breakdown', 'high'), '86'],
    [signing, '9', area('shibei', 'breakdown', 'high'), '86'],
    [signing, '30', area('huangdao', 'breakdown', 'high'), '86'],
    [
      '全市共签约项目86个，其中，市南区12个，市北区9个，总投资420亿元。',
      '420',
      city('mentionBefore', 'high'),
      null,
    ],
    [
      '全市共签约项目86个，其中，市南区12个，市北区9个，总投资420亿元。',
      '9',
      area('shibei', 'breakdown', 'high'),
      '86',
    ],
    [
      '城阳区推进总投资500亿元的重点项目，其中年内计划完成投资120亿元。',
      '120',
      area('chengyang', 'mentionBefore', 'high'),
      '500',
    ],
    [
      '即墨区新引进项目60个，其中内资项目52个、外资项目8个。',
      '52',
      area('jimo', 'mentionBefore', 'high'),
      '60',
    ],
    [
      '即墨区新引进项目60个，其中内资项目52个、外资项目8个。',
      '8',
      area('jimo', 'mentionBefore', 'high'),
      '60',
    ],
    // A part in 万元 of a total in 亿元 is still a part.
    [
      '胶州市签约总投资3亿元的项目，其中外资8000万元。',
      '8000',
      area('jiaozhou', 'mentionBefore', 'high'),
      '3',
    ],
  ] as const)('%s → %s', (body, n, who, parent) => {
    const figs = figuresOf(body)
    const f = figs.find((x) => x.numberText === n)
    expect(f && pick(f)).toEqual(who)
    const parentId = parent === null ? null : figs.find((x) => x.numberText === parent)?.id
    expect(f?.nestedIn).toBe(parentId)
  })

  it('nests a sentence opened by 其中 in the total just before it', () => {
    const body =
      '西海岸新区共有35个项目开工，总投资210亿元。其中，位于董家口经济区的项目总投资48亿元。'
    const figs = figuresOf(body)
    const part = figs.find((f) => f.numberText === '48')
    expect(part && pick(part)).toEqual(area('dongjiakou', 'breakdown', 'high'))
    expect(part?.nestedIn).toBe(figs.find((f) => f.numberText === '210')?.id)
  })

  it('keeps a city total off the map while each district part headlines its own area', () => {
    const text = '\n标题\n\n全市今年计划新开工项目86个，其中市南区12个、市北区9个。\n'
    const data = reportsToPledges([{ meta: FIXTURE_META, text }], AREAS, [])
    expect(areaHeadlines(data, 'shinan').projects?.value).toBe(12)
    expect(areaHeadlines(data, 'shibei').projects?.value).toBe(9)
    expect(data.figures.find((f) => f.value === 86)?.areaId).toBeNull()
  })

  it('never nests a clause that is not part of the breakdown', () => {
    const body = '全市共签约项目86个，其中市南区12个，新开工项目40个。'
    expect(figureOf(body, '40').nestedIn).toBeNull()
  })
})

function pick(f: Figure): Who {
  return { areaId: f.areaId, scope: f.scope, attribution: f.attribution, confidence: f.confidence }
}
