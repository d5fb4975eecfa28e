import type { MultiPolygon, Polygon, Position } from 'geojson'

/** Maps lon/lat into an SVG box. */
export interface Projection {
  (lonLat: Position): [number, number]
  width: number
  height: number
}

/**
 * Equirectangular projection scaled by cos(mid-latitude) so that Qingdao (36° N) keeps its
 * shape, fitted into `width` with `pad` pixels around; the height follows from the shape.
 */
export function fitProjection(
  geometries: readonly (Polygon | MultiPolygon)[],
  width: number,
  pad = 4,
): Projection {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const ring of geometries.flatMap(rings)) {
    for (const [lon = 0, lat = 0] of ring) {
      minX = Math.min(minX, lon)
      maxX = Math.max(maxX, lon)
      minY = Math.min(minY, lat)
      maxY = Math.max(maxY, lat)
    }
  }
  if (!Number.isFinite(minX)) {
    minX = minY = 0
    maxX = maxY = 1
  }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180)
  const spanX = (maxX - minX) * k || 1
  const spanY = maxY - minY || 1
  const scale = (width - 2 * pad) / spanX
  const height = Math.ceil(spanY * scale + 2 * pad)
  const project = ((p: Position) => {
    const [lon = 0, lat = 0] = p
    return [pad + (lon - minX) * k * scale, pad + (maxY - lat) * scale]
  }) as Projection
  project.width = width
  project.height = height
  return project
}

function rings(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()
}

/** SVG path data of a polygon or multipolygon, one decimal place (sub-pixel is invisible). */
export function pathOf(g: Polygon | MultiPolygon, project: Projection): string {
  return rings(g)
    .map(
      (ring) =>
        ring
          .map((p, i) => {
            const [x, y] = project(p)
            return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`
          })
          .join('') + 'Z',
    )
    .join('')
}
