import type { Polygon } from 'geojson'
import { MercatorCoordinate } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import {
  fitMercator,
  fitMercatorWidth,
  mercatorAt,
  paddingOf,
  type MercatorCamera,
  type Padding,
} from '../../../src/compare/svgPaths'
import type { Bounds } from '../../../src/map/bounds'

// Qingdao's districts span about this box (public/geo/districts.geojson).
const QINGDAO: Bounds = [
  [119.51, 35.58],
  [121.15, 37.15],
]
const WIDTH = 1280
const HEIGHT = 800
const PADDING: Padding = { top: 40, right: 40, bottom: 40, left: 324 }

/**
 * What MapLibre's `fitBounds(bounds, { padding })` computes, north up and without zoom snapping
 * (its `cameraForBoxAndBearing` in Web Mercator), from MapLibre's own Mercator coordinates.
 */
function maplibreFit(b: Bounds, width: number, height: number, p: Padding): MercatorCamera {
  const sw = MercatorCoordinate.fromLngLat(b[0])
  const ne = MercatorCoordinate.fromLngLat(b[1])
  const scale = Math.min(
    (width - p.left - p.right) / (ne.x - sw.x),
    (height - p.top - p.bottom) / (sw.y - ne.y),
  )
  // The bounds are centred in the padded box: the centre moves by half the padding difference.
  const x = (sw.x + ne.x) / 2 - (p.left - p.right) / 2 / scale
  const y = (sw.y + ne.y) / 2 - (p.top - p.bottom) / 2 / scale
  const centre = new MercatorCoordinate(x, y).toLngLat()
  return { lon: centre.lng, lat: centre.lat, zoom: Math.log2(scale / 512) }
}

/** The pixel MapLibre draws a lon/lat at, for a camera in a canvas of `width` × `height`. */
function maplibrePixel(lonLat: [number, number], c: MercatorCamera, width: number, height: number) {
  const world = 512 * 2 ** c.zoom
  const p = MercatorCoordinate.fromLngLat(lonLat)
  const centre = MercatorCoordinate.fromLngLat([c.lon, c.lat])
  return [(p.x - centre.x) * world + width / 2, (p.y - centre.y) * world + height / 2]
}

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [120, 36],
      [121, 36],
      [121, 37],
      [120, 37],
      [120, 36],
    ],
  ],
}

describe('svgPaths', () => {
  it('fits Qingdao to the camera MapLibre fitBounds picks for the same canvas and padding', () => {
    const fitted = fitMercator(QINGDAO, WIDTH, HEIGHT, PADDING).camera
    const expected = maplibreFit(QINGDAO, WIDTH, HEIGHT, PADDING)
    expect(fitted.zoom).toBeCloseTo(expected.zoom, 9)
    expect(fitted.lon).toBeCloseTo(expected.lon, 9)
    expect(fitted.lat).toBeCloseTo(expected.lat, 9)
  })

  it.each([
    ['崂山 (Laoshan)', [120.47, 36.11]],
    ['平度 (Pingdu)', [119.96, 36.78]],
    ['a corner of the bounds', [119.51, 37.15]],
  ] as const)('draws %s at the pixel MapLibre draws it at', (_, lonLat) => {
    const svg = fitMercator(QINGDAO, WIDTH, HEIGHT, PADDING)
    const [x, y] = svg.project([...lonLat])
    const [mx, my] = maplibrePixel(
      [...lonLat],
      maplibreFit(QINGDAO, WIDTH, HEIGHT, PADDING),
      WIDTH,
      HEIGHT,
    )
    expect(x).toBeCloseTo(mx ?? NaN, 6)
    expect(y).toBeCloseTo(my ?? NaN, 6)
  })

  it('caps the zoom like fitBounds with maxZoom, the bounds centred in the padded box', () => {
    // 市南区 is small enough that a phone fit would zoom past the cap the live map's focus uses.
    const shinan: Bounds = [
      [120.3, 36.04],
      [120.43, 36.1],
    ]
    const phone: Padding = { top: 90, right: 12, bottom: 420, left: 12 }
    const svg = fitMercator(shinan, 390, 844, phone, 10.5)
    expect(svg.camera.zoom).toBeCloseTo(10.5, 9)
    const [x0, y0] = svg.project(shinan[0])
    const [x1, y1] = svg.project(shinan[1])
    expect((x0 + x1) / 2).toBeCloseTo((12 + 390 - 12) / 2, 6)
    expect((y0 + y1) / 2).toBeCloseTo((90 + 844 - 420) / 2, 6)
    // Uncapped, the same bounds fill the padded box's width.
    expect(fitMercator(shinan, 390, 844, phone).camera.zoom).toBeGreaterThan(10.5)
  })

  it('keeps the padding clear: the bounds touch the padded box on the tighter side', () => {
    const svg = fitMercator(QINGDAO, WIDTH, HEIGHT, PADDING)
    const [, top] = svg.project([120, QINGDAO[1][1]])
    const [, bottom] = svg.project([120, QINGDAO[0][1]])
    expect(top).toBeCloseTo(PADDING.top, 6)
    expect(bottom).toBeCloseTo(HEIGHT - PADDING.bottom, 6)
  })

  it("draws a shared link's camera where MapLibre does", () => {
    const camera = { lon: 120.4, lat: 36.3, zoom: 9.25 }
    const [x, y] = mercatorAt(camera, WIDTH, HEIGHT).project([120.47, 36.11])
    const [mx, my] = maplibrePixel([120.47, 36.11], camera, WIDTH, HEIGHT)
    expect(x).toBeCloseTo(mx ?? NaN, 6)
    expect(y).toBeCloseTo(my ?? NaN, 6)
  })

  it('fits a width and takes the height from the Mercator shape', () => {
    const svg = fitMercatorWidth(
      [
        [120, 36],
        [121, 37],
      ],
      100,
      0,
    )
    expect(svg.project([120, 37])[0]).toBeCloseTo(0, 6)
    expect(svg.project([120, 37])[1]).toBeCloseTo(0, 6)
    expect(svg.project([121, 36])[0]).toBeCloseTo(100, 6)
    // Mercator stretches latitude by 1/cos(φ): one degree square at 36.5° N is about 1.24 tall.
    expect(svg.height).toBe(Math.ceil(svg.project([121, 36])[1]))
    expect(svg.height / 100).toBeCloseTo(1 / Math.cos((36.5 * Math.PI) / 180), 1)
  })

  it('writes closed SVG path data with straight edges between the projected vertices', () => {
    const svg = fitMercatorWidth(
      [
        [120, 36],
        [121, 37],
      ],
      100,
      0,
    )
    const d = svg.path(square)
    // Five vertices, no points added along great circles, and an inside that is the square.
    expect(d).toMatch(/^M0,\d+(\.\d)?L100,\d+(\.\d)?L100,0L0,0Z$/)
  })

  it('takes MapLibre padding as one number for every side', () => {
    expect(paddingOf(12)).toEqual({ top: 12, right: 12, bottom: 12, left: 12 })
  })
})
