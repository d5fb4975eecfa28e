import { describe, expect, it } from 'vitest'
import { visualMapPieces } from '../../../bench/peer/pieces'
import { peerValues } from '../../../bench/peer/values'
import { dataWith, fig } from '../../fixtures/pledges/figures'

describe('peerValues', () => {
  it("colours each district by the app's headline investment, null where none is reported", () => {
    const data = dataWith([
      fig({ id: 'f1', areaId: 'd', metric: 'investment', value: 930 }),
      fig({ id: 'f2', areaId: 'd', metric: 'investment', value: 120 }),
    ])
    expect(peerValues(data, ['d', 'other']).values).toEqual([
      { id: 'd', value: 930 },
      { id: 'other', value: null },
    ])
  })

  it('names the function the values came from', () => {
    expect(peerValues(dataWith([]), ['d']).source).toBe('src/metrics headlinesFor(pledges.json)')
  })

  it('has no values when pledges.json is missing', () => {
    expect(peerValues(null, ['d', 'other']).values).toEqual([
      { id: 'd', value: null },
      { id: 'other', value: null },
    ])
  })
})

describe('visualMapPieces', () => {
  it("puts each value in the same class as the app's first bound ≥ value", () => {
    const bins = [
      { lower: 2, upper: 10 },
      { lower: 30, upper: 50 },
    ]
    expect(visualMapPieces(bins, ['#eee', '#111'])).toEqual([
      { gte: 2, lte: 10, color: '#eee', label: '2–10' },
      { gt: 10, lte: 50, color: '#111', label: '30–50' },
    ])
  })
})
