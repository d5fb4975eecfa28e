import type { Position } from 'geojson'
import { polygonsOf, type AreaCollection } from './geometry.ts'

/**
 * Writes a collection as stable, diff-friendly JSON: keys in a fixed order (type, properties in
 * the order of `propertyKeys`, geometry), one polygon per line, a trailing newline. Two builds of
 * the same input give the same bytes, so the committed files are reviewable as diffs and a test
 * can compare a rebuild with them. `members` are written as foreign members of the collection
 * (RFC 7946 §6.1), e.g. an attribution that must travel with the data.
 */
export function serializeCollection<P extends object>(
  collection: AreaCollection<P>,
  propertyKeys: readonly (keyof P & string)[],
  members: Readonly<Record<string, string>> = {},
): string {
  const features = collection.features.map((feature) => {
    const props = propertyKeys
      .map((key) => `${JSON.stringify(key)}:${JSON.stringify(feature.properties[key])}`)
      .join(',')
    const g = feature.geometry
    const polygons = polygonsOf(g).map((polygon: Position[][]) => JSON.stringify(polygon))
    const coordinates =
      g.type === 'Polygon' ? (polygons[0] ?? '[]') : `[\n${polygons.join(',\n')}\n]`
    return (
      `{"type":"Feature","properties":{${props}},` +
      `"geometry":{"type":${JSON.stringify(g.type)},"coordinates":${coordinates}}}`
    )
  })
  const header = Object.entries(members)
    .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)},\n`)
    .join('')
  return `{"type":"FeatureCollection",\n${header}"features":[\n${features.join(',\n')}\n]}\n`
}
