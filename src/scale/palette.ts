import { interpolateCividis, schemeOrRd, schemePurples, schemeYlGnBu } from 'd3-scale-chromatic'

/** Sequential palettes that stay distinguishable with the common colour-vision deficiencies. */
export const PALETTES = ['YlGnBu', 'OrRd', 'Purples', 'cividis'] as const
export type PaletteName = (typeof PALETTES)[number]

const BREWER: Record<Exclude<PaletteName, 'cividis'>, readonly (readonly string[])[]> = {
  YlGnBu: schemeYlGnBu,
  OrRd: schemeOrRd,
  Purples: schemePurples,
}

/**
 * `count` colours from light (low values) to dark (high values). ColorBrewer schemes start at
 * three classes, so one or two classes take the ends of the three-class scheme.
 */
export function paletteColours(name: PaletteName, count: number): string[] {
  if (count <= 0) return []
  if (name === 'cividis') {
    // Reversed so that more is darker, like the ColorBrewer schemes.
    return Array.from({ length: count }, (_, i) =>
      rgbToHex(interpolateCividis(count === 1 ? 0.5 : 1 - (i / (count - 1)) * 0.9 - 0.05)),
    )
  }
  const scheme = BREWER[name]
  const n = Math.min(Math.max(count, 3), 9)
  const colours = scheme[n] ?? []
  if (count === 1) return [colours[1] ?? '#888888']
  if (count === 2) return [colours[0] ?? '#cccccc', colours[2] ?? '#444444']
  return colours.slice(0, count)
}

function rgbToHex(colour: string): string {
  const m = /rgb\((\d+), ?(\d+), ?(\d+)\)/.exec(colour)
  if (!m) return colour
  return '#' + [m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')
}

/** WCAG relative luminance of `#rrggbb`, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1, 7), 16)
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255)
}

/** Black or white text, whichever has the higher contrast on `hex`. */
export function textColourOn(hex: string): '#000000' | '#ffffff' {
  return relativeLuminance(hex) > 0.179 ? '#000000' : '#ffffff'
}
