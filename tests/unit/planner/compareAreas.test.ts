import { describe, expect, it } from 'vitest'
import { addToComparison, compareAreas, differenceOf } from '../../../src/compare/compareAreas'
import { buildAreaRows } from '../../../src/scale/areaRows'
import type { Area, AreaHeadlines } from '../../../src/types/pledge'

const district = (id: string): Area => ({
  id,
  nameZh: id,
  nameEn: id,
  level: 'district',
  parentId: null,
  aliases: [],
  location: null,
  officialArea: null,
})
const inv = (value: number | null): AreaHeadlines => ({
  investment:
    value === null
      ? null
      : {
          value,
          unit: '亿元',
          figureIds: [],
          rule: { zh: '', en: '' },
          lowerBound: false,
          reportId: 'r',
        },
  projects: null,
})
const rows = buildAreaRows(
  [district('a'), district('b'), district('c')],
  { a: inv(100), b: inv(250), c: inv(null) },
  () => ({ areaKm2: 50, population: 1e6 }),
)

describe('compareAreas', () => {
  it('gives the difference from the first area as absolute and ratio', () => {
    const [investment] = compareAreas(['a', 'b'], rows, ['investment'])
    expect(investment?.values[1]).toMatchObject({
      id: 'b',
      value: 250,
      rank: 1,
      peers: 2,
      difference: { absolute: 150, ratio: 2.5 },
    })
    expect(investment?.values[0]?.difference).toBeNull()
  })
  it('never treats "no figure reported" as zero', () => {
    const [investment] = compareAreas(['a', 'c'], rows, ['investment'])
    expect(investment?.values[1]).toMatchObject({ value: null, rank: null, difference: null })
  })
  it('normalises per km² and per resident through the same rows', () => {
    const perKm2 = compareAreas(['a', 'b'], rows, ['investmentPerKm2'])[0]
    expect(perKm2?.values.map((v) => v.value)).toEqual([20_000, 50_000])
  })
  it('has no ratio against a zero baseline', () => {
    expect(differenceOf(5, 0)).toEqual({ absolute: 5, ratio: null })
  })
})

describe('addToComparison', () => {
  it('adds distinct ids up to four', () => {
    expect(addToComparison(['a'], 'a')).toEqual(['a'])
    expect(addToComparison(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd'])
    expect(addToComparison(['a'], 'b')).toEqual(['a', 'b'])
  })
})
