import { describe, expect, it } from 'vitest'
import { LAYER } from '../../../src/map/style'
import { DARK_THEME, LIGHT_THEME, themePaint } from '../../../src/map/theme'

describe('themePaint (presentation mode switches the map to the dark theme)', () => {
  it('names only layers that exist in the style', () => {
    const layers = new Set<string>(Object.values(LAYER))
    for (const p of themePaint(DARK_THEME)) expect(layers).toContain(p.layer)
  })

  it('changes the sea, the land around and the selection outline between themes', () => {
    const value = (theme: typeof LIGHT_THEME, layer: string) =>
      themePaint(theme).find((p) => p.layer === layer)?.value
    for (const layer of [LAYER.background, LAYER.contextFill, LAYER.districtSelected]) {
      expect(value(DARK_THEME, layer)).not.toEqual(value(LIGHT_THEME, layer))
    }
  })
})
