import type { Position } from 'geojson'
import { describe, expect, it } from 'vitest'
import { removeHalfCellBiasFromPosition, SOURCE_GRID_DEGREES } from '../../../geo/steps/bias.ts'
import { gcj02ToWgs84Position } from '../../../geo/steps/datum.ts'
import { dedupeRing } from '../../../geo/steps/dedupe.ts'
import type { AreaCollection } from '../../../geo/steps/geometry.ts'
import { roundCoordinates, roundTo } from '../../../geo/steps/precision.ts'
import { serializeCollection } from '../../../geo/steps/serialize.ts'
import { windGeometry } from '../../../geo/steps/winding.ts'
import { signedArea } from './helpers.ts'

// Hand-made unit square, wound clockwise as in the source data.
const CLOCKWISE_SQUARE: Position[] = [
  [0, 0],
  [0, 1],
  [1, 1],
  [1, 0],
  [0, 0],
]

describe('removeHalfCellBiasFromPosition', () => {
  it('moves a point half a 1/1024° cell west and south', () => {
    const [lon, lat] = removeHalfCellBiasFromPosition([120.2998046875, 36.052734375])
    expect(lon).toBeCloseTo(120.2998046875 - 1 / 2048, 12)
    expect(lat).toBeCloseTo(36.052734375 - 1 / 2048, 12)
    expect(SOURCE_GRID_DEGREES).toBe(1 / 1024)
  })
})

describe('gcj02ToWgs84Position', () => {
  it('moves a Qingdao point several hundred metres south-west', () => {
    const [lon = 0, lat = 0] = gcj02ToWgs84Position([120.38, 36.07])
    // GCJ-02 adds roughly +0.005° lon and +0.0002…0.002° lat around Qingdao.
    expect(120.38 - lon).toBeGreaterThan(0.003)
    expect(120.38 - lon).toBeLessThan(0.008)
    expect(36.07 - lat).toBeGreaterThan(0)
  })
})

describe('dedupeRing', () => {
  it('drops consecutive repeats and keeps the ring closed', () => {
    const ring = [
      [0, 0],
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 1],
      [1, 0],
      [0, 0],
      [0, 0],
    ]
    expect(dedupeRing(ring)).toEqual(CLOCKWISE_SQUARE)
  })

  it('returns null for a ring that collapses to fewer than three corners', () => {
    expect(
      dedupeRing([
        [0, 0],
        [0, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toBeNull()
  })
})

describe('windGeometry', () => {
  it('winds a clockwise outer ring counter-clockwise (RFC 7946)', () => {
    expect(signedArea(CLOCKWISE_SQUARE)).toBeLessThan(0)
    const wound = windGeometry({ type: 'Polygon', coordinates: [CLOCKWISE_SQUARE] })
    const outer = wound.type === 'Polygon' ? wound.coordinates[0] : undefined
    expect(signedArea(outer ?? [])).toBeGreaterThan(0)
  })

  it('does not modify its input', () => {
    const input = { type: 'Polygon' as const, coordinates: [structuredClone(CLOCKWISE_SQUARE)] }
    windGeometry(input)
    expect(input.coordinates[0]).toEqual(CLOCKWISE_SQUARE)
  })
})

describe('roundCoordinates', () => {
  it('rounds to the given decimals and removes the repeats rounding creates', () => {
    const fc: AreaCollection<object> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [0.00001, 0.00001],
                [0, 1],
                [1, 1],
                [1, 0],
                [0, 0],
              ],
            ],
          },
        },
      ],
    }
    const rounded = roundCoordinates(fc, 4).features[0]?.geometry
    expect(rounded?.coordinates).toEqual([CLOCKWISE_SQUARE])
  })

  it('normalises negative zero so bytes are stable', () => {
    expect(Object.is(roundTo(-0.00001, 4), 0)).toBe(true)
  })
})

describe('serializeCollection', () => {
  it('writes keys in the given order, one polygon per line, with a trailing newline', () => {
    const fc: AreaCollection<{ b: number; a: string }> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { b: 1, a: 'x' },
          geometry: { type: 'MultiPolygon', coordinates: [[CLOCKWISE_SQUARE], [CLOCKWISE_SQUARE]] },
        },
      ],
    }
    const text = serializeCollection(fc, ['a', 'b'])
    expect(text).toMatch(/^\{"type":"FeatureCollection",\n"features":\[\n/)
    expect(text).toContain('"properties":{"a":"x","b":1}')
    expect(text.split('\n')).toHaveLength(8)
    expect(text.endsWith('\n]}\n')).toBe(true)
    expect(JSON.parse(text)).toEqual(fc)
  })
})
