import { geoMercator, geoPath, geoTransform, type GeoProjection } from 'd3-geo'
import type { MultiPolygon, Polygon, Position } from 'geojson'
import type { Bounds } from '../map/bounds'

/** Pixels kept clear on each side of the fitted bounds, as MapLibre's `fitBounds` padding. */
export interface Padding {
  top: number
  right: number
  bottom: number
  left: number
}

/** A MapLibre camera: centre and zoom (512-pixel world at zoom 0). */
export interface MercatorCamera {
  lon: number
  lat: number
  zoom: number
}

/** Web Mercator into an SVG box of `width` × `height` pixels, and the camera it equals. */
export interface SvgMap {
  width: number
  height: number
  project: (lonLat: Position) => [number, number]
  /** SVG path data of a polygon or multipolygon, one decimal place (sub-pixel is invisible). */
  path: (g: Polygon | MultiPolygon) => string
  /** The MapLibre camera that shows the same view in a canvas of the same size. */
  camera: MercatorCamera
}

/** MapLibre's world is 512 pixels wide at zoom 0; d3's scale is pixels per radian. */
const WORLD = 512
const zoomOf = (scale: number) => Math.log2((2 * Math.PI * scale) / WORLD)
const scaleOf = (zoom: number) => (WORLD * 2 ** zoom) / (2 * Math.PI)

/** Padding as MapLibre takes it: a number for every side, or per side. */
export const paddingOf = (p: Padding | number): Padding =>
  typeof p === 'number' ? { top: p, right: p, bottom: p, left: p } : p

/** The two corners, not a rectangle: d3 would bend a rectangle's edges along great circles. */
const corners = (b: Bounds) => ({ type: 'MultiPoint' as const, coordinates: [b[0], b[1]] })

function svgMap(projection: GeoProjection, width: number, height: number): SvgMap {
  // Vertices are joined by straight lines in Mercator space, as MapLibre draws them; a plain
  // transform (no spherical clipping) also keeps RFC 7946 winding from filling the globe.
  const planar = geoTransform({
    point(x, y) {
      const p = projection([x, y])
      if (p) this.stream.point(p[0], p[1])
    },
  })
  const toPath = geoPath(planar).digits(1)
  const [lon = 0, lat = 0] = projection.invert?.([width / 2, height / 2]) ?? []
  return {
    width,
    height,
    project: ([x = 0, y = 0]) => projection([x, y]) ?? [0, 0],
    path: (g) => toPath(g) ?? '',
    camera: { lon, lat, zoom: zoomOf(projection.scale()) },
  }
}

/**
 * Fits `bounds` into a `width` × `height` box less `padding`, centred in Web Mercator: what
 * MapLibre's `fitBounds(bounds, { padding })` does in a canvas of that size, so a static map
 * drawn with it is the live map's first frame.
 */
export function fitMercator(
  bounds: Bounds,
  width: number,
  height: number,
  padding: Padding | number = 0,
  maxZoom = Infinity,
): SvgMap {
  const p = paddingOf(padding)
  const box: [[number, number], [number, number]] = [
    [p.left, p.top],
    [Math.max(p.left + 1, width - p.right), Math.max(p.top + 1, height - p.bottom)],
  ]
  const projection = geoMercator().fitExtent(box, corners(bounds))
  if (projection.scale() > scaleOf(maxZoom)) {
    // As MapLibre's fitBounds with maxZoom: the zoom is capped and the bounds' centre (in
    // Mercator, not in degrees) stays at the centre of the padded box.
    projection.scale(scaleOf(maxZoom)).translate([0, 0])
    const [x0, y0] = projection(bounds[0]) ?? [0, 0]
    const [x1, y1] = projection(bounds[1]) ?? [0, 0]
    const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2]
    projection.translate([(box[0][0] + box[1][0]) / 2 - cx, (box[0][1] + box[1][1]) / 2 - cy])
  }
  return svgMap(projection, width, height)
}

/** The view of a MapLibre camera (a shared link's pan and zoom) in a `width` × `height` box. */
export function mercatorAt(camera: MercatorCamera, width: number, height: number): SvgMap {
  const projection = geoMercator()
    .scale(scaleOf(camera.zoom))
    .center([camera.lon, camera.lat])
    .translate([width / 2, height / 2])
  return svgMap(projection, width, height)
}

/** Fits `bounds` into `width` with `pad` pixels around; the height follows from the shape. */
export function fitMercatorWidth(bounds: Bounds, width: number, pad = 4): SvgMap {
  const projection = geoMercator().fitWidth(width - 2 * pad, corners(bounds))
  const [[, top], [, bottom]] = [projection(bounds[1]) ?? [0, 0], projection(bounds[0]) ?? [0, 0]]
  const [tx, ty] = projection.translate()
  projection.translate([tx + pad, ty + pad - top])
  return svgMap(projection, width, Math.ceil(bottom - top + 2 * pad))
}
