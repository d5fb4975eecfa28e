import { describe, expect, it } from 'vitest'
import {
  binAt,
  binLabel,
  buildChoropleth,
  classBins,
  NO_DATA_BIN,
  noDataBin,
  type ChoroplethInput,
} from '../../../src/scale/choropleth'
import { classify } from '../../../src/scale/classify'
import { paletteColours } from '../../../src/scale/palette'
import type { AreaHeadlines } from '../../../src/types/pledge'
import { headlineWith } from '../../fixtures/pledges/figures'

const inv = (value: number): AreaHeadlines => ({
  investment: headlineWith({ value }),
  projects: null,
})
const none = { areaKm2: null, population: null }
const input = (over: Partial<ChoroplethInput> = {}): ChoroplethInput => ({
  metric: 'investment',
  method: 'ckmeans',
  classes: 3,
  palette: 'YlGnBu',
  areas: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, denominators: none })),
  headlines: { a: inv(10), b: inv(12), c: inv(300), d: inv(930) },
  ...over,
})

describe('buildChoropleth', () => {
  it('gives each class bin its palette colour, range and members, as classify classes them', () => {
    const c = buildChoropleth(input())
    const expected = classify(c.values, 'ckmeans', 3)
    const colours = paletteColours('YlGnBu', expected.bins.length)
    expect(classBins(c)).toEqual(
      expected.bins.map((b, i) => ({
        index: i,
        colour: colours[i],
        pattern: null,
        range: { min: b.lower, max: b.upper },
        members: b.ids,
      })),
    )
  })

  it('puts areas with no figure in a hatched no-data bin, last, never the lowest class', () => {
    const c = buildChoropleth(input())
    expect(c.bins.at(-1)).toEqual(noDataBin(c))
    expect(noDataBin(c)).toMatchObject({ index: NO_DATA_BIN, pattern: 'hatch', members: ['e'] })
    expect(c.colourOf.e).toBeUndefined()
  })

  it('has no no-data bin when every area has a value, but keeps the no-data style', () => {
    const c = buildChoropleth(
      input({
        areas: [{ id: 'a', denominators: none }],
        noData: { colour: '#d9d9d9', pattern: null },
      }),
    )
    expect([noDataBin(c), c.noData]).toEqual([undefined, { colour: '#d9d9d9', pattern: null }])
  })

  it("colours each area with its bin's colour and ranks it among its peers", () => {
    const c = buildChoropleth(input())
    for (const bin of classBins(c)) {
      for (const id of bin.members) expect(c.colourOf[id]).toBe(bin.colour)
    }
    expect([c.rankOf.get('d'), c.rankOf.get('a'), c.rankOf.has('e')]).toEqual([1, 4, false])
  })

  it('finds a bin by its legend key', () => {
    const c = buildChoropleth(input())
    expect(binAt(c, 0)).toBe(c.bins[0])
    expect(binAt(c, NO_DATA_BIN)).toBe(noDataBin(c))
    expect(binAt(c, 9)).toBeUndefined()
  })
})

describe('binLabel', () => {
  const bin = (min: number, max: number) => ({
    index: 0,
    colour: '#ffffff',
    pattern: null,
    range: { min, max },
    members: [],
  })

  it.each([
    ['zh', 'investment', bin(120, 930), '120 – 930'],
    // English investment in billions of yuan (亿元 ÷ 10).
    ['en', 'investment', bin(120, 930), '12 – 93'],
    ['zh', 'projects', bin(334, 334), '334'],
  ] as const)('writes a %s %s range in the display unit', (lang, metric, b, expected) => {
    expect(binLabel(b, metric, lang, '未报道')).toBe(expected)
  })

  it('gives the no-data bin the translated label it is handed', () => {
    const c = buildChoropleth(input())
    expect(binLabel(noDataBin(c)!, 'investment', 'en', 'No figure reported')).toBe(
      'No figure reported',
    )
  })
})
