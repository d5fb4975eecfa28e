import { describe, expect, it } from 'vitest'
import { AREAS } from '../../../src/data/areas'
import { reportsToPledges } from '../../../src/pipeline/build'
import { FIXTURE_META, FIXTURE_TEXT } from '../../fixtures/pledges/report'

const data = reportsToPledges([{ meta: FIXTURE_META, text: FIXTURE_TEXT }], AREAS, [])
const byValue = (v: number, nth = 0) => data.figures.filter((f) => f.value === v)[nth]

describe('reportsToPledges on a hand-made report', () => {
  it('pairs each amount with the count of its phrase', () => {
    expect(byValue(930)?.pairedWith).toBe(byValue(334)?.id)
    expect(byValue(290)?.pairedWith).toBe(byValue(19)?.id)
    expect(byValue(380)?.pairedWith).toBe(byValue(20)?.id)
  })

  it("nests this year's figures in the three-year ones", () => {
    expect(byValue(736)?.nestedIn).toBe(byValue(930)?.id)
    expect(byValue(194)?.nestedIn).toBe(byValue(334)?.id)
  })

  it('marks the reprinted paragraph as repeats of the first printing', () => {
    expect(byValue(930, 1)?.duplicateOf).toBe(byValue(930)?.id)
    expect(data.reports[0]?.repeatedPassages).toHaveLength(1)
  })

  it("gives a nested figure its parent's category", () => {
    expect(byValue(194)?.category).toBe('urbanRenewal')
  })

  it('groups overlapping project lists of one sentence', () => {
    const group = byValue(189)?.id
    expect([189, 143, 125].map((v) => byValue(v)?.overlapGroup)).toEqual([group, group, group])
  })

  it('attributes by speaker line and zone header', () => {
    expect(byValue(930)?.areaId).toBe('laoshan')
    expect(byValue(290)?.areaId).toBe('marine-hitech')
    expect(byValue(189)?.areaId).toBe('pingdu')
  })

  it('joins a line cut by the layout, so the horizon and area carry over', () => {
    const f = byValue(1300)
    expect(f?.areaId).toBe('marine-hitech')
    expect(f?.horizon).toMatchObject({ kind: 'byYear', endYear: 2026 })
    expect(f?.quote).toContain('\n\n点,到2026年')
  })

  it('resolves horizons against the report year', () => {
    expect(byValue(930)?.horizon).toMatchObject({
      kind: 'multiYear',
      startYear: 2022,
      endYear: 2024,
    })
    expect(byValue(736)?.horizon).toMatchObject({ kind: 'year', startYear: 2022 })
    expect(byValue(189)?.horizon).toMatchObject({ kind: 'year', startYear: 2023 })
  })

  it('classifies metrics', () => {
    expect(byValue(930)?.metric).toBe('investment')
    expect(byValue(334)?.metric).toBe('projectCount')
    expect(byValue(1300)?.metric).toBe('enterpriseCount')
  })
})
