import { MAX_PALETTE_COLOURS, PALETTE_TABLE } from './paletteTable'

/** Sequential palettes that stay distinguishable with the common colour-vision deficiencies. */
export const PALETTES = ['YlGnBu', 'OrRd', 'Purples', 'cividis'] as const
export type PaletteName = (typeof PALETTES)[number]

/**
 * `count` colours from light (low values) to dark (high values), from a generated table
 * (src/scale/paletteTable.ts: ColorBrewer and cividis via d3-scale-chromatic, at build time only).
 * The map has at most seven classes; more than nine would repeat the nine-class scheme.
 */
export function paletteColours(name: PaletteName, count: number): string[] {
  if (count <= 0) return []
  return [...PALETTE_TABLE[name][Math.min(count, MAX_PALETTE_COLOURS) - 1]!]
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
