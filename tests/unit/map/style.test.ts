import {
  Color,
  createExpression,
  latest,
  validateStyleMin,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { buildStyle, LAYER, THEME_STATE } from '../../../src/map/style'
import { DARK_THEME, LIGHT_THEME, type MapTheme, type ThemeName } from '../../../src/map/theme'
import { zoneFeatures } from '../../../src/map/zoneFeatures'
import { districts, zone } from './fixtures'

const style = (theme: ThemeName = 'light') =>
  buildStyle(districts(), null, zoneFeatures([zone('laoshan-zone')]), theme)

/** The value MapLibre computes for a layer's paint property under a given theme. */
function paintColour(layerId: string, property: string, theme: ThemeName): string {
  const layer = style().layers.find((l) => l.id === layerId)
  const value: unknown = layer && 'paint' in layer ? layer.paint?.[property as never] : undefined
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${layer?.type}`
  ]?.[property]
  const parsed = createExpression(value, 'paint', spec, { [THEME_STATE]: theme })
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value))
  return String(parsed.value.evaluate({ zoom: 9 }, undefined, {}))
}
const colour = (hex: string) => String(Color.parse(hex))

describe('buildStyle', () => {
  it.each<ThemeName>(['light', 'dark'])('is a valid MapLibre style (%s theme)', (theme) => {
    expect(validateStyleMin(style(theme))).toEqual([])
  })

  it('starts in the theme it is given, as global state', () => {
    expect(style('dark').state).toEqual({ [THEME_STATE]: { default: 'dark' } })
  })

  it.each<[string, string, keyof MapTheme]>([
    [LAYER.background, 'background-color', 'sea'],
    [LAYER.contextFill, 'fill-color', 'contextFill'],
    [LAYER.contextLine, 'line-color', 'contextLine'],
    [LAYER.districtLine, 'line-color', 'districtLine'],
    [LAYER.districtHover, 'line-color', 'hoverLine'],
    [LAYER.districtSelected, 'line-color', 'selectedLine'],
    [LAYER.zoneFootprintLine, 'line-color', 'hoverLine'],
  ])('colours %s %s from the theme in global state', (layer, property, key) => {
    expect(paintColour(layer, property, 'light')).toBe(colour(LIGHT_THEME[key]))
    expect(paintColour(layer, property, 'dark')).toBe(colour(DARK_THEME[key]))
  })

  it('leaves the data colours alone: a district without a value keeps its base in both themes', () => {
    expect(paintColour(LAYER.districtFill, 'fill-color', 'dark')).toBe(
      colour(LIGHT_THEME.districtBase),
    )
  })
})
