import { interpolateCividis, schemeOrRd, schemePurples, schemeYlGnBu } from 'd3-scale-chromatic'
import type { PaletteName } from '../src/scale/palette'

/**
 * Where src/scale/paletteTable.ts comes from: d3-scale-chromatic's ColorBrewer schemes and its
 * cividis ramp. The app ships the resulting hex colours only, because the schemes' module pulls
 * d3-color and d3-interpolate (about 14 kB gzip) into the first view for a few dozen strings.
 */
const BREWER: Record<Exclude<PaletteName, 'cividis'>, readonly (readonly string[])[]> = {
  YlGnBu: schemeYlGnBu,
  OrRd: schemeOrRd,
  Purples: schemePurples,
}

/**
 * `count` colours from light (low values) to dark (high values). ColorBrewer schemes start at
 * three classes, so one or two classes take the ends of the three-class scheme.
 */
export function paletteFromSource(name: PaletteName, count: number): string[] {
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
