import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  areaPledges,
  itemFigureIds,
  pledgeCounts,
  setAsideReason,
} from '../../../src/metrics/areaPledges'
import { headlinesFor } from '../../../src/metrics/headlines'
import type { PledgeData, Report } from '../../../src/types/pledge'
import { fig as baseFig } from '../../fixtures/pledges/figures'

/** A fixture figure whose quote names what it counts (the fixture's bare 'x' would be a fragment). */
const fig = (p: Parameters<typeof baseFig>[0]) =>
  baseFig({ quote: '全区生产总值1500', numberStart: 6, numberEnd: 10, ...p })

const data = JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as PledgeData
const headlines = headlinesFor(data)
const ofArea = (id: string) => data.figures.filter((f) => f.areaId === id)
const laoshan = () => areaPledges(ofArea('laoshan'), data.reports, headlines.laoshan)

/** A report with no repeated passages, for the fixtures. */
const report = (id: string, repeatedPassages: Report['repeatedPassages'] = []): Report => ({
  id,
  file: `${id}.txt`,
  outlet: '青岛日报',
  outletBasis: 'stated',
  outletEvidence: '',
  outletEvidenceSpans: [],
  headline: '',
  date: '2022-05-28',
  dateApproximate: true,
  dateReasoning: '',
  dateEvidence: [],
  defaultAreaId: null,
  length: 10_000,
  repeatedPassages,
})

describe('areaPledges on the real data', () => {
  it('leads 崂山区 with its 930亿元 portfolio, the 334 projects paired and this year nested', () => {
    const { headline } = laoshan()
    expect(headline).toHaveLength(1)
    const [lead] = headline
    expect(lead!.figure.value).toBe(930)
    expect(lead!.paired?.value).toBe(334)
    expect(lead!.parts.map((p) => [p.figure.value, p.paired?.value])).toEqual([[736, 194]])
  })

  it('folds 崂山区’s eight reprints into the figures they repeat', () => {
    const { headline, groups, setAside } = laoshan()
    const items = [...headline, ...groups.flatMap((g) => g.items)]
    const listed = items.flatMap((i) => [i, ...i.parts]).map((i) => i.figure.id)
    const reprints = ofArea('laoshan').filter((f) => f.duplicateOf !== null)
    expect(reprints).toHaveLength(8)
    for (const r of reprints) expect(listed).not.toContain(r.id)
    const gdp = items.find((i) => i.figure.metric === 'gdp')!
    expect(gdp.repeats.map((r) => r.duplicateOf)).toEqual([gdp.figure.id])
    // The size classes' reprints go with them, behind "how this was counted".
    const thousand = setAside.find((s) => s.figure.numberText === '千')!
    expect(thousand.repeats.map((r) => r.duplicateOf)).toEqual([thousand.figure.id])
  })

  it('sets aside 崂山区’s size classes, counting words and the layout fragment', () => {
    const reasons = laoshan().setAside.map((s) => [s.figure.numberText, s.reason])
    expect(reasons).toEqual(
      expect.arrayContaining([
        ['千', 'sizeClass'],
        ['百', 'sizeClass'],
        ['13', 'fragment'],
        ['六', 'countingWord'],
        ['七', 'countingWord'],
      ]),
    )
  })

  it('keeps the list short: under half of 崂山区’s figures are top-level items', () => {
    const { headline, groups } = laoshan()
    const top = headline.length + groups.reduce((n, g) => n + g.items.length, 0)
    expect(top).toBeLessThan(ofArea('laoshan').length / 2)
  })

  it.each(data.areas.map((a) => a.id))('places every figure of %s exactly once', (id) => {
    const figures = ofArea(id)
    const p = areaPledges(figures, data.reports, headlines[id])
    const ids = [
      ...[...p.headline, ...p.groups.flatMap((g) => g.items)].flatMap(itemFigureIds),
      ...p.setAside.flatMap((s) => [s.figure.id, ...s.repeats.map((r) => r.id)]),
    ]
    expect([...ids].sort()).toEqual(figures.map((f) => f.id).sort())
    expect(p.total).toBe(figures.length)
  })

  it('groups by theme and period, pledges first', () => {
    const { groups } = laoshan()
    const keys = groups.map((g) => `${g.category} ${g.horizon.kind}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(groups[0]!.kind).toBe('pledge')
  })
})

describe('areaPledges on fixtures', () => {
  it('folds a figure reprinted by a repeated passage without a duplicateOf', () => {
    const at = (start: number) => ({ start, end: start + 10, numberStart: start + 6 })
    const first = fig({ id: 'a', areaId: 'x', metric: 'gdp', value: 1500, ...at(10) })
    const again = fig({ id: 'b', areaId: 'x', metric: 'gdp', value: 1500, ...at(110) })
    const r = report('r1', [{ start: 100, end: 140, firstStart: 0 }])
    const p = areaPledges([first, again], [r], undefined)
    expect(
      p.groups.flatMap((g) => g.items).map((i) => [i.figure.id, i.repeats.map((x) => x.id)]),
    ).toEqual([['a', ['b']]])
  })

  it('lists a reprint whose first printing was filtered out', () => {
    const again = fig({ id: 'b', areaId: 'x', metric: 'gdp', value: 1, duplicateOf: 'gone' })
    const p = areaPledges([again], [report('r1')], undefined)
    expect(p.groups[0]!.items[0]!.figure.id).toBe('b')
  })

  it('leaves a part on its own when its whole is set aside', () => {
    const whole = fig({ id: 'w', areaId: 'x', metric: 'other', value: 1000, category: 'threshold' })
    const part = fig({ id: 'p', areaId: 'x', metric: 'investment', value: 5, nestedIn: 'w' })
    const p = areaPledges([whole, part], [report('r1')], undefined)
    expect(p.groups.flatMap((g) => g.items).map((i) => i.figure.id)).toEqual(['p'])
    expect(p.setAside.map((s) => s.figure.id)).toEqual(['w'])
  })

  it.each([
    ['a size class', { category: 'threshold' as const }, 'sizeClass'],
    ['an enumeration’s numeral', { numberText: '六', metric: 'other' as const }, 'countingWord'],
    ['a sentence starting at its number', { quote: '达到13家。', numberStart: 2 }, 'fragment'],
    ['an achievement of metric other', { kind: 'achievement' as const }, 'otherNotPledge'],
    ['a pledge with its subject', {}, null],
  ])('sets aside %s', (_, p, reason) => {
    const f = fig({
      id: 'f',
      areaId: 'x',
      metric: 'other',
      value: 6,
      quote: '培育引进人才团队50个',
      start: 0,
      numberStart: 8,
      numberEnd: 11,
      ...p,
    })
    expect(setAsideReason(f)).toBe(reason)
  })
})

describe('pledgeCounts', () => {
  it('counts 崂山区’s figures listed, reprints folded and numbers set aside', () => {
    const p = laoshan()
    const counts = pledgeCounts(p)
    expect(counts.listed + p.setAside.reduce((n, s) => n + 1 + s.repeats.length, 0)).toBe(p.total)
    // Eight reprints: six of listed figures, two of size classes.
    expect(counts.folded).toBe(6)
    expect(counts.aside).toBe(p.setAside.length)
  })
})
