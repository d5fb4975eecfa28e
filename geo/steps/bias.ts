import type { Position } from 'geojson'
import { mapPositions, type AreaCollection } from './geometry.ts'

/**
 * Size of the grid the ECharts encoder quantised coordinates to, in degrees. The package's
 * `encodeOffsets` format stores integer steps of 1/1024°.
 */
export const SOURCE_GRID_DEGREES = 1 / 1024

/**
 * Moves a position back by half a grid cell in longitude and latitude. The encoder rounded up
 * rather than to nearest, so every decoded point sits about half a cell (≈44 m east, ≈54 m
 * north at Qingdao's latitude) north-east of where it was digitised; subtracting half a cell is
 * the unbiased estimate of the original point.
 */
export function removeHalfCellBiasFromPosition(
  position: Position,
  cell: number = SOURCE_GRID_DEGREES,
): Position {
  const [lon = 0, lat = 0] = position
  return [lon - cell / 2, lat - cell / 2]
}

/** Applies {@link removeHalfCellBiasFromPosition} to every position of `collection`. */
export function removeHalfCellBias<P>(
  collection: AreaCollection<P>,
  cell: number = SOURCE_GRID_DEGREES,
): AreaCollection<P> {
  return mapPositions(collection, (p) => removeHalfCellBiasFromPosition(p, cell))
}
