import { describe, expect, it } from 'vitest'
import { AREAS } from '../../../src/data/areas'
import { reportsToPledges } from '../../../src/pipeline/build'
import { NO_DECISIONS, type ReportDecisions } from '../../../src/pipeline/decisions'
import { markedContext, reviewNewReport, reviewToText } from '../../../src/pipeline/review'
import type { Figure, PledgeData } from '../../../src/types/pledge'
import { FIXTURE_META } from '../../fixtures/pledges/report'

/** A hand-written report: a 莱西市 portfolio, and a street the registry does not know. */
const TEXT = '莱西市委书记:\n\n莱西市将实施总投资260亿元的58个重点项目。项目落户中云街道。'
// No date or outlet phrases to find: the date and outlet were given, as for an added report.
const META = { ...FIXTURE_META, id: 'r900', dateAnchors: [], outletAnchors: [] }
const EMPTY: PledgeData = {
  reports: [],
  areas: [...AREAS],
  figures: [],
  commitments: [],
  problems: [],
}

const built = (decisions: ReportDecisions = NO_DECISIONS) =>
  reportsToPledges([{ meta: META, text: TEXT, decisions }], AREAS)
/** The same data with one figure's scope or confidence as the attribution stage may set it. */
const withFigure = (data: PledgeData, written: string, change: Partial<Figure>): PledgeData => ({
  ...data,
  figures: data.figures.map((f) =>
    TEXT.slice(f.numberStart, f.numberEnd) === written ? { ...f, ...change } : f,
  ),
})
const because = 'a reason a reviewer wrote'
const PLACE: ReportDecisions = { ...NO_DECISIONS, places: [{ name: '中云街道', reason: because }] }

describe('markedContext', () => {
  it.each([
    ['abc123def', 3, 6, 3, 'abc【123】def'],
    ['xabc123defx', 4, 7, 3, '…abc【123】def…'],
    ['123', 0, 3, 30, '【123】'],
    ['总投资\n260亿元的', 4, 9, 30, '总投资 【260亿元】的'],
    ['0123456789', 4, 5, 2, '…23【4】56…'],
  ])('marks %j %i–%i (±%i) as %s', (text, start, end, chars, marked) => {
    expect(markedContext(text, start, end, chars)).toBe(marked)
  })
})

describe('reviewNewReport', () => {
  it('shows each figure in its original context, with its area and attribution', () => {
    const review = reviewNewReport(EMPTY, built(PLACE), 'r900', TEXT, PLACE)
    expect(review.figures.map((f) => [f.written, f.areaId, f.attribution])).toEqual([
      ['260亿元', 'laixi', 'mentionBefore'],
      ['58个', 'laixi', 'mentionBefore'],
    ])
    expect(review.figures[0]?.context).toContain('实施总投资【260亿元】的58个')
  })

  it('gives the headline change the report makes', () => {
    const review = reviewNewReport(EMPTY, built(PLACE), 'r900', TEXT, PLACE)
    expect(review.headlineChanges).toContainEqual({
      areaId: 'laixi',
      name: '莱西市',
      headline: 'investment',
      before: null,
      after: '260亿元',
    })
  })

  it('blocks on a place name the registry lacks until a decision accepts it', () => {
    const open = reviewNewReport(EMPTY, built(), 'r900', TEXT, NO_DECISIONS)
    expect(open.problems.filter((p) => p.blocking).map((p) => p.message)).toEqual([
      '«中云街道» is not in the area registry',
    ])
    expect(reviewNewReport(EMPTY, built(PLACE), 'r900', TEXT, PLACE).blocking).toBe(0)
  })

  it.each([
    ['a city-level figure', { scope: 'city' as const, areaId: null }, 'scope'],
    ['a low-confidence attribution', { confidence: 'low' as const }, 'lowConfidence'],
  ])('blocks on %s until a decision settles it', (_, change, kind) => {
    const open = withFigure(built(PLACE), '260亿元', change)
    const blocking = reviewNewReport(EMPTY, open, 'r900', TEXT, PLACE).problems.filter(
      (p) => p.blocking,
    )
    expect(blocking.map((p) => p.kind)).toEqual([kind])
    expect(blocking[0]?.settle).toContain('"context":"将实施总投资260亿元的58个重点"')
    const decided: ReportDecisions = {
      ...PLACE,
      figures: [{ number: '260亿元', context: '总投资260亿元', action: 'accept', reason: because }],
    }
    expect(reviewNewReport(EMPTY, open, 'r900', TEXT, decided).blocking).toBe(0)
  })

  it('prints as many problem lines as it counts', () => {
    const review = reviewNewReport(EMPTY, built(), 'r900', TEXT, NO_DECISIONS)
    const lines = reviewToText(review).split('\n')
    const at = lines.findIndex((l) => l.startsWith('Problems: '))
    expect(lines[at]).toBe(`Problems: ${review.problems.length} (${review.blocking} blocking)`)
    expect(lines.slice(at + 1)).toHaveLength(review.problems.length)
  })
})
