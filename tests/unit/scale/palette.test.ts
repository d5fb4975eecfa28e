import { describe, expect, it } from 'vitest'
import { PALETTES, paletteColours, relativeLuminance } from '../../../src/scale/palette'

describe('paletteColours', () => {
  it.each(PALETTES)('%s gives the requested number of distinct hex colours', (name) => {
    for (const n of [1, 2, 3, 5, 7]) {
      const colours = paletteColours(name, n)
      expect(colours).toHaveLength(n)
      expect(new Set(colours).size).toBe(n)
      colours.forEach((c) => expect(c).toMatch(/^#[0-9a-f]{6}$/))
    }
  })
  it.each(PALETTES)('%s goes from light (low values) to dark (high values)', (name) => {
    const luminance = paletteColours(name, 5).map(relativeLuminance)
    luminance.slice(1).forEach((l, i) => expect(l).toBeLessThan(luminance[i]!))
  })
})
