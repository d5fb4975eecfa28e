import { fitMercator } from '../compare/svgPaths'
import { areaName } from '../format/areaName'
import { boundsOf } from '../map/bounds'
import { ZONE_SYMBOL_FILL } from '../map/style'
import { LIGHT_THEME } from '../map/theme'
import { attrs, esc } from './escape'
import { integerPath } from './pathData'
import type { PrerenderLabel } from './labelRules'
import type { PrerenderModel } from './model'

/**
 * Size of the projected bounds in viewBox units, whose whole numbers are the path coordinates.
 * The browser scales the drawing to the page (`meet`), so this only sets the precision: a unit is
 * two thirds of a pixel on a laptop (Qingdao about 660 px tall), two pixels on a 4K screen, for
 * the moment before the app's own map replaces this one.
 */
const UNITS = 1000

/** The map's markup and the width ÷ height of Qingdao's projected bounds (the stylesheet's box). */
export interface MapMarkup {
  svg: string
  aspect: number
  /** The district labels, placed as fractions of the box, for the declutter rules. */
  labels: PrerenderLabel[]
}

const round1 = (n: number) => Math.round(n * 10) / 10
/** A position as a percentage of the drawing's box, which the stylesheet sizes to the bounds. */
const percent = (n: number) => `${Math.round(n * 100) / 100}%`

/**
 * Pure: the default view's choropleth as SVG. The outer <svg> is sized by the stylesheet to
 * Qingdao's projected bounds fitted into the map's padded box — what MapLibre's `fitBounds` does —
 * and its user units are CSS pixels, so labels and zone circles have the live map's pixel sizes.
 * The shapes sit in an inner <svg> whose viewBox is exactly the bounds (no padding): it scales
 * them into the same box at any viewport size, with strokes that do not scale.
 */
export function renderMap(model: PrerenderModel, label: string): MapMarkup {
  const bounds = boundsOf(model.districts)
  const map = fitMercator(bounds, UNITS, UNITS, 0)
  const [x0, y1] = map.project(bounds[0])
  const [x1, y0] = map.project(bounds[1])
  const box = { x: round1(x0), y: round1(y0), w: round1(x1 - x0), h: round1(y1 - y0) }
  const at = ([x, y]: [number, number]) => ({
    x: percent(((x - box.x) / box.w) * 100),
    y: percent(((y - box.y) / box.h) * 100),
  })
  const c = model.choropleth
  const theme = LIGHT_THEME
  const districts = model.districts.features
    .map(
      (f) =>
        `<path${attrs({
          d: integerPath(f.geometry, map.project),
          fill: c.colourOf[f.properties.id] ?? 'url(#pr-hatch)',
          'data-area-id': f.properties.id,
        })}/>`,
    )
    .join('')
  const symbols = model.symbols
  const footprints = symbols
    ? model.zones.footprints.features.map(
        (f) => `<path${attrs({ d: integerPath(f.geometry, map.project) })}/>`,
      )
    : []
  const circles = symbols
    ? model.zones.points.features.map((f) => {
        const radius = symbols.radiusOf[f.properties.id]
        const empty = radius === undefined
        const p = at(map.project(f.geometry.coordinates))
        return `<circle${attrs({
          cx: p.x,
          cy: p.y,
          r: round1(radius ?? symbols.noDataRadius),
          fill: empty ? '#ffffff' : ZONE_SYMBOL_FILL.light,
          stroke: empty ? theme.hoverLine : '#ffffff',
          'data-zone-id': f.properties.id,
        })}/>`
      })
    : []
  // Both names, as the live map's labels: Chinese (the page's language) over the short English.
  const labels = model.districts.features.map((f) => {
    const p = at(map.project(f.properties.labelPoint))
    return (
      `<text${attrs({ 'data-label-for': f.properties.id, x: p.x, y: p.y })}>` +
      `<tspan class="pr-label-zh">${esc(areaName(f.properties, 'zh'))}</tspan>` +
      `<tspan${attrs({ class: 'pr-label-en', x: p.x, dy: '1.1em', lang: 'en' })}>` +
      `${esc(areaName(f.properties, 'en', 'short'))}</tspan></text>`
    )
  })
  // The hatch is in viewBox units: 12 is the app's 8 px on a laptop (a unit is about 2/3 px).
  const svg =
    `<svg class="pr-map" data-testid="prerender-map" role="img"${attrs({ 'aria-label': label })}>` +
    `<defs><pattern id="pr-hatch" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="12" height="12"${attrs({ fill: theme.noDataBackground })}/>` +
    `<rect width="3" height="12"${attrs({ fill: theme.noDataHatch })}/></pattern></defs>` +
    `<svg${attrs({ viewBox: `${box.x} ${box.y} ${box.w} ${box.h}` })} width="100%" height="100%" preserveAspectRatio="xMidYMid meet" overflow="visible">` +
    `<g class="pr-districts" stroke="#ffffff">${districts}</g>` +
    `<g class="pr-footprints"${attrs({ stroke: theme.hoverLine })}>${footprints.join('')}</g>` +
    `</svg>` +
    `<g class="pr-zones">${circles.join('')}</g>` +
    `<g class="pr-labels" text-anchor="middle">${labels.join('')}</g>` +
    `</svg>`
  const placed = model.districts.features.map((f) => {
    const [x, y] = map.project(f.properties.labelPoint)
    return {
      id: f.properties.id,
      fx: (x - box.x) / box.w,
      fy: (y - box.y) / box.h,
      zh: areaName(f.properties, 'zh'),
      en: areaName(f.properties, 'en', 'short'),
      km2: f.properties.areaKm2,
      hasData: f.properties.id in c.colourOf,
    }
  })
  return { svg, aspect: box.w / box.h, labels: placed }
}
