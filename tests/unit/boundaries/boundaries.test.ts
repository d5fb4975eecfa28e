import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { matchAreas } from '../../../src/boundaries/matchAreas'
import { LIMITS, parseBoundaries } from '../../../src/boundaries/parseBoundaries'
import { loadBoundaries, readStored } from '../../../src/boundaries/store'
import { DISTRICTS, ZONES } from '../../../src/data/areas'

const fixture = (name: string) => readFileSync(`tests/fixtures/boundaries/${name}`, 'utf8')
const parse = (text: string) => parseBoundaries(text, new TextEncoder().encode(text).length)
const collection = (geometry: unknown, properties: unknown = { name: 'x' }) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties, geometry }],
  })
const ring = [
  [120.1, 36.1],
  [120.2, 36.1],
  [120.2, 36.2],
  [120.1, 36.2],
  [120.1, 36.1],
]

describe('parseBoundaries refuses a whole file', () => {
  it.each([
    ['not JSON', '{"type": "FeatureCollection", [', 'notJson'],
    ['a Topology', fixture('wrong-type.geojson'), 'notGeoJson'],
    ['an array', '[1,2]', 'notGeoJson'],
    ['no features', '{"type":"FeatureCollection","features":[]}', 'noFeatures'],
  ])('%s', (_, text, code) => {
    const r = parse(text)
    expect(r.ok ? null : r.problem.code).toBe(code)
  })
  it('over the size cap, before parsing', () => {
    const r = parseBoundaries('{}', LIMITS.bytes + 1)
    expect(r.ok ? null : r.problem).toMatchObject({ code: 'tooLarge' })
  })
  it('over the vertex cap', () => {
    const many = Array.from({ length: 50_001 }, (_, i) => [120.1 + i * 1e-7, 36.1])
    const r = parse(collection({ type: 'Polygon', coordinates: [[...many, many[0]]] }))
    expect(r.ok ? null : r.problem).toMatchObject({ code: 'tooManyVertices', count: 50_002 })
  })
})

describe('parseBoundaries refuses a feature, naming it', () => {
  it.each([
    [
      'outside Qingdao',
      fixture('outside-qingdao.geojson'),
      { feature: '中德生态园', code: 'outsideQingdao', lon: 116.35 },
    ],
    [
      'a point',
      collection({ type: 'Point', coordinates: [120, 36] }),
      { feature: 'x', code: 'geometryType', type: 'Point' },
    ],
    [
      'an open ring',
      collection({ type: 'Polygon', coordinates: [ring.slice(0, 4).concat([[120.1, 36.15]])] }),
      { code: 'ringNotClosed', ring: 1 },
    ],
    [
      'a short ring',
      collection({ type: 'Polygon', coordinates: [[ring[0], ring[1], ring[0]]] }),
      { code: 'ringTooShort', positions: 3 },
    ],
    [
      'a string coordinate',
      collection({ type: 'Polygon', coordinates: [[['120', 36], ...ring]] }),
      { code: 'badPosition' },
    ],
    [
      'a NaN-like value',
      collection({ type: 'Polygon', coordinates: [[[null, 36], ...ring]] }),
      { code: 'badPosition' },
    ],
  ])('%s', (_, text, problem) => {
    const r = parse(text)
    expect(r.ok && r.features).toEqual([])
    expect(r.ok && r.refused[0]).toMatchObject(problem)
  })
})

describe('parseBoundaries accepts', () => {
  it('the hand-made valid file, with its names', () => {
    const r = parse(fixture('valid-zones.geojson'))
    expect(r.ok && r.features.map((f) => f.name)).toEqual([
      '中德生态园',
      '上合示范区',
      'Lingshan Bay Film and Culture Industry Zone',
      '某不存在的园区',
    ])
    expect(r.ok && r.refused).toEqual([])
  })
  it('a single Feature', () => {
    const r = parse(
      JSON.stringify({
        type: 'Feature',
        properties: { name: 'a' },
        geometry: { type: 'Polygon', coordinates: [ring] },
      }),
    )
    expect(r.ok && r.features).toHaveLength(1)
  })
  it('drops __proto__ and constructor keys without polluting anything', () => {
    const r = parse(fixture('proto-pollution.geojson'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(r.ok && r.features[0]?.name).toBe('中德生态园')
    expect(Object.getPrototypeOf(r.ok && r.features[0]?.geometry)).toBe(Object.prototype)
  })
})

describe('parseBoundaries winding', () => {
  const cw = [...ring].reverse()
  const hole = [
    [120.12, 36.12],
    [120.18, 36.12],
    [120.18, 36.18],
    [120.12, 36.18],
    [120.12, 36.12],
  ]
  const holeCw = [...hole].reverse()
  it('makes the exterior ring counter-clockwise and holes clockwise (RFC 7946)', () => {
    const r = parse(collection({ type: 'Polygon', coordinates: [cw, hole] }))
    expect(r.ok && r.features[0]?.geometry.coordinates).toEqual([ring, holeCw])
  })
  it('leaves a well-wound MultiPolygon as it is', () => {
    const coordinates = [[ring, holeCw]]
    const r = parse(collection({ type: 'MultiPolygon', coordinates }))
    expect(r.ok && r.features[0]?.geometry).toEqual({ type: 'MultiPolygon', coordinates })
  })
})

describe('stored boundaries', () => {
  const record = (geometry: unknown) => ({
    areaId: 'sino-german-ecopark',
    geometry,
    featureName: '中德生态园',
    fileName: 'zones.geojson',
    savedAt: '2026-12-01T00:00:00.000Z',
  })
  it('are read back through the same checks as an uploaded file', () => {
    const good = record({ type: 'Polygon', coordinates: [[...ring].reverse()] })
    expect(readStored([good])).toEqual([
      { ...good, geometry: { type: 'Polygon', coordinates: [ring] } },
    ])
  })
  it.each([
    ['not a list', { boundaries: [] }],
    [
      'a record without an area',
      [{ ...record({ type: 'Polygon', coordinates: [ring] }), areaId: 1 }],
    ],
    [
      'a geometry outside Qingdao',
      [record({ type: 'Polygon', coordinates: [ring.map(([, lat]) => [10, lat])] })],
    ],
    ['an open ring', [record({ type: 'Polygon', coordinates: [ring.slice(0, 4)] })]],
  ])('drop %s', (_, stored) => {
    expect(readStored(stored)).toEqual([])
  })
  it('drop a crafted record and keep the good ones (the check once threw, losing them all)', () => {
    const good = record({ type: 'Polygon', coordinates: [ring] })
    const crafted = { ...record({ type: { toString: 1 }, coordinates: [] }), extra: 'x' }
    expect(readStored([crafted, good])).toEqual([good])
  })
  it('keep only the known fields of a record', () => {
    const good = record({ type: 'Polygon', coordinates: [ring] })
    expect(readStored([{ ...good, html: '<b>x</b>' }])).toEqual([good])
  })
  it('say the storage is unavailable where there is no IndexedDB', async () => {
    expect(await loadBoundaries()).toMatchObject({ ok: false, problem: 'unavailable' })
  })
})

describe('matchAreas', () => {
  it('matches by Chinese name, English name and alias; leaves the rest for review', () => {
    const r = parse(fixture('valid-zones.geojson'))
    const matches = matchAreas(r.ok ? r.features : [], [...DISTRICTS, ...ZONES])
    expect(matches.map((m) => [m.areaId, m.by])).toEqual([
      ['sino-german-ecopark', 'nameZh'],
      ['sco-demo-zone', 'nameZh'],
      ['lingshanwan', 'nameEn'],
      [null, null],
    ])
  })
  it('matches an alias and a district name', () => {
    const features = ['西海岸新区', ' 青岛经济技术开发区 ', 'laoshan'].map((name, index) => ({
      index,
      name,
      id: null,
      geometry: { type: 'Polygon' as const, coordinates: [ring] },
      vertices: 5,
    }))
    expect(matchAreas(features, [...DISTRICTS, ...ZONES]).map((m) => m.areaId)).toEqual([
      'huangdao',
      'qetdz',
      'laoshan',
    ])
  })
})
