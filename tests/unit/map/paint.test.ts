import { describe, expect, it } from 'vitest'
import { areaPaint, changedStates, zonePaint } from '../../../src/map/paint'
import { buildZoneSymbols } from '../../../src/scale/zoneSymbols'
import { buildChoropleth } from '../../../src/scale/choropleth'
import { headlineWith } from '../../fixtures/pledges/figures'

const none = { areaKm2: null, population: null }
const choropleth = () =>
  buildChoropleth({
    metric: 'investment',
    method: 'quantile',
    classes: 2,
    palette: 'Purples',
    areas: ['a', 'b', 'c'].map((id) => ({ id, denominators: none })),
    headlines: {
      a: { investment: headlineWith({ value: 1 }), projects: null },
      b: { investment: headlineWith({ value: 2 }), projects: null },
    },
    noData: { colour: '#d9d9d9', pattern: null },
  })

describe('areaPaint', () => {
  it("reads the map's colours and no-data areas from the bins", () => {
    const c = choropleth()
    const paint = areaPaint(c)
    expect(paint.colours).toEqual({ a: c.bins[0]?.colour, b: c.bins[1]?.colour })
    expect([paint.noData, paint.fallback]).toEqual([['c'], '#d9d9d9'])
  })

  it('passes the legend filter and highlight through', () => {
    const keep = new Set(['a'])
    const paint = areaPaint(choropleth(), keep, null)
    expect([paint.keep, paint.highlight]).toEqual([keep, null])
  })
})

describe('zonePaint', () => {
  it('reads the zones’ radii and no-data markers from their symbols, not from colour bins', () => {
    const symbols = buildZoneSymbols([
      { id: 'marine', value: 670 },
      { id: 'none', value: null },
    ])
    expect(zonePaint(symbols)).toEqual({
      radius: { marine: symbols.maxRadius },
      noData: ['none'],
      noDataRadius: symbols.noDataRadius,
    })
  })
})

describe('changedStates', () => {
  const before = new Map([
    ['laoshan', { fill: '#f00', nodata: false }],
    ['shinan', { fill: null, nodata: true }],
  ])

  it('keeps only the areas whose state differs, and new areas', () => {
    const next = new Map([
      ['laoshan', { fill: '#f00', nodata: false }],
      ['shinan', { fill: '#0f0', nodata: false }],
      ['huangdao', { fill: '#00f', nodata: false }],
    ])
    expect(changedStates(before, next).map(([id]) => id)).toEqual(['shinan', 'huangdao'])
  })

  it('sees a key added or removed as a change', () => {
    const next = new Map([['laoshan', { fill: '#f00', nodata: false, faded: true }]])
    expect(changedStates(before, next)).toEqual([
      ['laoshan', { fill: '#f00', nodata: false, faded: true }],
    ])
  })

  it('sends everything when nothing was sent (a rebuilt style)', () => {
    expect(changedStates(new Map(), before)).toHaveLength(2)
  })
})
