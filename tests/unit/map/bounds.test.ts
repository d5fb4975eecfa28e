import { describe, expect, it } from 'vitest'
import { bottomCover, paddedOffset, stackedPadding } from '../../../src/map/bounds'

const map = { top: 100, bottom: 844, left: 0, right: 390 }

describe('bottomCover: how much of the map a bottom sheet hides', () => {
  it.each([
    ['an open sheet, as tall as its content', { top: 450, bottom: 844, left: 0, right: 390 }, 394],
    ['the collapsed handle', { top: 800, bottom: 844, left: 0, right: 390 }, 44],
    [
      'a side panel beside the map (wide layout)',
      { top: 100, bottom: 844, left: 390, right: 800 },
      0,
    ],
    [
      'a box that does not reach the bottom (not a sheet)',
      { top: 300, bottom: 500, left: 0, right: 390 },
      0,
    ],
    ['a sheet taller than the map', { top: 0, bottom: 844, left: 0, right: 390 }, 744],
  ])('%s', (_, sheet, covered) => {
    expect(bottomCover(map, sheet)).toBe(covered)
  })

  it('is 0 without a sheet', () => {
    expect(bottomCover(map, null)).toBe(0)
  })
})

describe('stackedPadding: a phone map between the legend and the sheet', () => {
  it('keeps clear of both', () => {
    expect(stackedPadding(744, { top: 60, bottom: 400 }, 12)).toEqual({
      top: 68,
      bottom: 412,
      left: 12,
      right: 12,
    })
  })

  it('lets the top give way first when little map is left: nothing framed under the sheet', () => {
    const p = stackedPadding(540, { top: 200, bottom: 300 }, 12)
    expect(p.bottom).toBe(312)
    expect(540 - p.top - p.bottom).toBeGreaterThanOrEqual(96)
  })
})

describe('paddedOffset', () => {
  it('moves the centre up by half of what the sheet covers more than the top', () => {
    expect(paddedOffset({ top: 60, bottom: 400, left: 12, right: 12 })).toEqual([0, -170])
  })
})
