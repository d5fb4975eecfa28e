/**
 * The corpus scoring itself, on a two-sentence text written for this test and hand-made
 * figures (no pipeline): position matching, value units, and each rate and failure kind.
 */
import { describe, expect, it } from 'vitest'
import {
  goldProblems,
  sameValue,
  scoreText,
  sumTallies,
  tallyToRates,
  type GoldFigure,
  type GoldTable,
  type ScoredFigure,
} from './corpusScore'

const TEXT = '全市新开工项目120个，总投资650亿元。崂山区计划新开工项目20～30个，占地50亩。'

const GOLD_120: GoldFigure = {
  numberText: '120',
  value: 120,
  unit: '个',
  metric: 'projectCount',
  areaId: null,
  scope: 'city',
  kind: 'achievement',
  at: '项目120个，',
}
const GOLD_650: GoldFigure = {
  numberText: '650',
  value: 650,
  unit: '亿元',
  metric: 'investment',
  areaId: null,
  scope: 'city',
  kind: 'achievement',
  at: '总投资650亿元。',
}
const GOLD_RANGE: GoldFigure = {
  numberText: '20～30',
  value: 30,
  low: 20,
  unit: '个',
  metric: 'projectCount',
  areaId: 'laoshan',
  scope: 'area',
  kind: 'pledge',
  at: '项目20～30个，',
}

const TABLE: GoldTable = {
  text: 'test.txt',
  style: 'test',
  date: '2025-01-01',
  description: 'test',
  figures: [GOLD_120, GOLD_650, GOLD_RANGE],
  notFigures: [{ numberText: '50', at: '占地50亩', reason: 'land area' }],
}

/** A figure over the first occurrence of `expr` in TEXT, right by default. */
function fig(expr: string, over: Partial<ScoredFigure>): ScoredFigure {
  const start = TEXT.indexOf(expr)
  if (start < 0) throw new Error(expr)
  return {
    metric: 'projectCount',
    value: 0,
    low: null,
    unit: '个',
    areaId: null,
    scope: 'city',
    kind: 'achievement',
    numberStart: start,
    numberEnd: start + expr.length,
    ...over,
  }
}

const RIGHT: ScoredFigure[] = [
  fig('120个', { value: 120 }),
  fig('650亿元', { metric: 'investment', value: 650, unit: '亿元' }),
  fig('20～30个', { value: 30, low: 20, areaId: 'laoshan', scope: 'area', kind: 'pledge' }),
]

describe('sameValue', () => {
  it.each([
    [{ value: 12000, unit: '亿元' }, { value: 1.2, unit: '万亿元' }, true],
    [{ value: 12500, unit: '万元' }, { value: 1.25, unit: '亿元' }, true],
    [{ value: 4.5, unit: '亿元' }, { value: 4.5, unit: '亿美元' }, false],
    [{ value: 30, unit: '个' }, { value: 30, unit: '项' }, true],
    [{ value: 31, unit: '个' }, { value: 30, unit: '个' }, false],
  ] as const)('%o vs gold %o → %s', (f, g, same) => {
    expect(sameValue(fig('120个', f), { ...GOLD_120, ...g })).toBe(same)
  })

  it('needs the lower end of a gold range', () => {
    expect(sameValue(fig('20～30个', { value: 30 }), GOLD_RANGE)).toBe(false)
    expect(sameValue(fig('20～30个', { value: 30, low: 20 }), GOLD_RANGE)).toBe(true)
  })
})

describe('scoreText', () => {
  it('scores a perfect extraction 1 everywhere', () => {
    const s = scoreText(TEXT, TABLE, RIGHT)
    expect(s.failures).toEqual([])
    expect(tallyToRates(s.tally)).toEqual({ precision: 1, recall: 1, attribution: 1, kind: 1 })
  })

  it('counts a missed figure against recall only', () => {
    const s = scoreText(TEXT, TABLE, RIGHT.slice(0, 2))
    expect(s.tally).toEqual({ gold: 3, extracted: 2, correct: 2, rightArea: 2, rightKind: 2 })
    expect(s.failures.map((f) => f.kind)).toEqual(['missed'])
  })

  it('counts a figure outside every gold span against precision, as notFigure or spurious', () => {
    const s = scoreText(TEXT, TABLE, [
      ...RIGHT,
      fig('50亩', { value: 50 }),
      fig('全市', { value: 1 }),
    ])
    expect(tallyToRates(s.tally).precision).toBeCloseTo(3 / 5)
    expect(s.failures.map((f) => f.kind)).toEqual(['notFigure', 'spurious'])
  })

  it('ignores figures of other metrics unless they take a gold position', () => {
    const other = fig('50亩', { metric: 'other', value: 50 })
    expect(scoreText(TEXT, TABLE, [...RIGHT, other]).failures).toEqual([])
    const wrong = [RIGHT[0], fig('650亿元', { metric: 'gdp', value: 650, unit: '亿元' })]
    const s = scoreText(
      TEXT,
      TABLE,
      wrong.filter((x) => x !== undefined),
    )
    expect(s.failures.map((f) => f.kind)).toEqual(['wrongMetric', 'missed'])
    expect(s.tally.extracted).toBe(1)
  })

  it('needs the figure span inside the gold anchor', () => {
    const wide = fig('新开工项目120个', { value: 120 })
    expect(scoreText(TEXT, TABLE, [wide]).failures.map((f) => f.kind)).toEqual([
      'missed',
      'missed',
      'missed',
      'spurious',
    ])
  })

  it('tells a city total given to a district from other wrong areas', () => {
    const s = scoreText(TEXT, TABLE, [
      fig('120个', { value: 120, areaId: 'laoshan', scope: 'area' }),
      fig('650亿元', { metric: 'investment', value: 650, unit: '亿元' }),
      fig('20～30个', { value: 30, low: 20, areaId: 'licang', scope: 'area', kind: 'context' }),
    ])
    expect(s.failures.map((f) => [f.kind, f.expected, f.actual])).toEqual([
      ['cityToArea', 'city', 'laoshan'],
      ['wrongArea', 'laoshan', 'licang'],
      ['wrongKind', 'pledge', 'context'],
    ])
    expect(tallyToRates(s.tally)).toEqual({
      precision: 1,
      recall: 1,
      attribution: 1 / 3,
      kind: 2 / 3,
    })
  })

  it('counts a wrong value as neither precise nor recalled', () => {
    const s = scoreText(TEXT, TABLE, [fig('120个', { value: 12 }), ...RIGHT.slice(1)])
    expect(s.failures.map((f) => f.kind)).toEqual(['wrongValue'])
    expect(s.tally.correct).toBe(2)
  })
})

describe('goldProblems and sumTallies', () => {
  it('finds anchors that are missing, repeated or without their number', () => {
    const bad: GoldTable = {
      ...TABLE,
      figures: [
        { ...GOLD_120, at: '项目' },
        { ...GOLD_650, numberText: '651' },
      ],
      notFigures: [],
    }
    expect(goldProblems(TEXT, bad)).toEqual([
      '«项目» is not once in the text',
      '«项目» does not contain 120',
      '«总投资650亿元。» does not contain 651',
    ])
    expect(goldProblems(TEXT, TABLE)).toEqual([])
  })

  it('sums tallies field by field', () => {
    const t = { gold: 3, extracted: 2, correct: 2, rightArea: 1, rightKind: 2 }
    expect(sumTallies([t, t])).toEqual({
      gold: 6,
      extracted: 4,
      correct: 4,
      rightArea: 2,
      rightKind: 4,
    })
    expect(tallyToRates(sumTallies([]))).toEqual({
      precision: null,
      recall: null,
      attribution: null,
      kind: null,
    })
  })
})
