import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseContext, parseDistricts } from '../../../src/data/parseGeo'

type Json = {
  type: string
  features: { properties: Record<string, unknown>; geometry: Record<string, unknown> }[]
}
const read = (name: string): Json => JSON.parse(readFileSync(`public/geo/${name}`, 'utf8'))
const detail = (r: { ok: true } | { ok: false; detail: string }) => (r.ok ? null : r.detail)

describe('parseDistricts', () => {
  it('accepts the committed districts unchanged', () => {
    const json = read('districts.geojson')
    const r = parseDistricts(json)
    expect(r.ok && r.value).toEqual(json)
  })

  it.each([
    ['not a collection', (j: Json) => (j.type = 'Topology'), /^type: .*not a GeoJSON/],
    [
      'an unknown id',
      (j: Json) => (j.features[0]!.properties.id = 'atlantis'),
      /^features\[0\]\.properties\.id: unknown district id/,
    ],
    [
      'a duplicate id',
      (j: Json) => (j.features[1]!.properties.id = j.features[0]!.properties.id),
      /^features\[1\]\.properties\.id: duplicate /,
    ],
    ['a district missing', (j: Json) => j.features.pop(), /^expected 10 districts, found 9/],
    [
      'a zero area',
      (j: Json) => (j.features[0]!.properties.areaKm2 = 0),
      /^features\[0\]\.properties\.areaKm2: areaKm2 must be positive/,
    ],
    [
      'a point geometry',
      (j: Json) => (j.features[0]!.geometry = { type: 'Point', coordinates: [120, 36] }),
      /^features\[0\]\.geometry\.type: geometry is not a Polygon or MultiPolygon/,
    ],
    [
      'an open ring',
      (j: Json) => {
        const g = j.features[0]!.geometry as { coordinates: number[][][][] | number[][][] }
        const ring = (
          j.features[0]!.geometry.type === 'Polygon' ? g.coordinates : g.coordinates[0]
        ) as number[][][]
        ring[0]!.pop()
      },
      /ring is not closed/,
    ],
    [
      'a non-finite coordinate',
      (j: Json) => (j.features[0]!.properties.labelPoint = [120, JSON.parse('1e999')]),
      /^features\[0\]\.properties\.labelPoint\[1\]: /,
    ],
  ])('refuses %s, naming where', (_, edit, message) => {
    const json = read('districts.geojson')
    edit(json)
    expect(detail(parseDistricts(json))).toMatch(message)
  })
})

describe('parseContext', () => {
  it('accepts the committed context layer unchanged', () => {
    const json = read('context.geojson')
    const r = parseContext(json)
    expect(r.ok && r.value).toEqual(json)
  })

  it('refuses a feature without a name', () => {
    const json = read('context.geojson')
    delete json.features[0]!.properties.nameZh
    expect(detail(parseContext(json))).toMatch(/^features\[0\]\.properties\.nameZh: /)
  })
})
