import type { MultiPolygon, Polygon, Position } from 'geojson'

/** Shortest text of an integer delta after another number: a minus sign separates by itself. */
const joined = (values: readonly number[]): string =>
  values.reduce<string>((out, v, i) => (i > 0 && v >= 0 ? `${out} ${v}` : `${out}${v}`), '')

/**
 * Pure: SVG path data of a polygon or multipolygon at whole units of `project`'s space — each
 * ring's first point absolute, the rest as relative moves (`l`), points that round onto the one
 * before dropped. About half the bytes of absolute decimals, and it compresses better; the
 * prerender's units are well under a pixel (src/prerender/mapSvg.ts).
 */
export function integerPath(
  geometry: Polygon | MultiPolygon,
  project: (p: Position) => [number, number],
): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  let d = ''
  for (const ring of polygons.flat()) {
    const points: [number, number][] = []
    for (const position of ring) {
      const [x, y] = project(position).map(Math.round) as [number, number]
      const last = points[points.length - 1]
      if (!last || last[0] !== x || last[1] !== y) points.push([x, y])
    }
    const first = points[0]
    if (!first || points.length < 3) continue
    const moves = points.slice(1).flatMap(([x, y], i) => {
      const [px, py] = points[i] ?? first
      return [x - px, y - py]
    })
    d += `M${joined(first)}l${joined(moves)}z`
  }
  return d
}
