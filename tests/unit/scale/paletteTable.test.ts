import { describe, expect, it } from 'vitest'
import { paletteFromSource } from '../../../scripts/paletteSource'
import { PALETTES, paletteColours } from '../../../src/scale/palette'
import { MAX_PALETTE_COLOURS } from '../../../src/scale/paletteTable'

describe('the generated palette table', () => {
  it.each(PALETTES)('%s matches d3-scale-chromatic for 1 to 9 classes', (name) => {
    for (let n = 1; n <= MAX_PALETTE_COLOURS; n++) {
      expect(paletteColours(name, n)).toEqual(paletteFromSource(name, n))
    }
  })
  it('returns a copy the caller may change', () => {
    const colours = paletteColours('YlGnBu', 3)
    colours[0] = '#000000'
    expect(paletteColours('YlGnBu', 3)[0]).not.toBe('#000000')
  })
})
