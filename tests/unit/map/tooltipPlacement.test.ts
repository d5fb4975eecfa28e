import { describe, expect, it } from 'vitest'
import { placeTooltip } from '../../../src/map/tooltipPlacement'

const container = { width: 390, height: 600 }
const tip = { width: 200, height: 100 }

describe('placeTooltip', () => {
  it('centres the tooltip under the pointer when it fits', () => {
    expect(placeTooltip({ x: 195, y: 100 }, tip, container)).toEqual({ left: 95, top: 114 })
  })

  it('keeps a tooltip near the left or right edge whole inside the container', () => {
    expect(placeTooltip({ x: 20, y: 100 }, tip, container).left).toBe(8)
    expect(placeTooltip({ x: 380, y: 100 }, tip, container).left).toBe(390 - 200 - 8)
  })

  it('goes above the pointer when below would run past the foot or under the sheet', () => {
    expect(placeTooltip({ x: 195, y: 550 }, tip, container).top).toBe(550 - 14 - 100)
    // 300 + 14 + 100 fits in 600 but not above a 250 px sheet.
    expect(placeTooltip({ x: 195, y: 300 }, tip, container, 250).top).toBe(300 - 14 - 100)
    expect(placeTooltip({ x: 195, y: 300 }, tip, container, 0).top).toBe(314)
  })

  it('stays below when there is no room above either, and starts at the margin when wider', () => {
    expect(placeTooltip({ x: 195, y: 60 }, tip, { width: 390, height: 150 }).top).toBe(74)
    expect(placeTooltip({ x: 100, y: 100 }, { width: 500, height: 50 }, container).left).toBe(8)
  })
})
