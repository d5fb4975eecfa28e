import { describe, expect, it } from 'vitest'
import { fitMercator } from '../../../src/compare/svgPaths'
import { boundsOf } from '../../../src/map/bounds'
import {
  areaAccessibleName,
  areaIdOf,
  belowBox,
  districtOutlines,
  districtShapes,
  isActivationKey,
  placeStaticLabels,
  pointIn,
  zoneOutline,
  zoneShapes,
} from '../../../src/map/staticMap'
import { LIGHT_THEME } from '../../../src/map/theme'
import { zoneFeatures } from '../../../src/map/zoneFeatures'
import { districts, zone } from './fixtures'

const svgMap = () => fitMercator(boundsOf(districts()), 400, 300, 20)

describe('districtShapes', () => {
  it('colours each district by its class, hatches one without a figure, and fades the filtered out', () => {
    const shapes = districtShapes(
      districts().features,
      svgMap(),
      { laoshan: '#123456' },
      new Set(['laoshan']),
      'url(#hatch)',
    )
    expect(shapes.map(({ id, fill, faded }) => ({ id, fill, faded }))).toEqual([
      { id: 'laoshan', fill: '#123456', faded: false },
      { id: 'shinan', fill: 'url(#hatch)', faded: true },
    ])
  })

  it('puts the label at the projected label point, inside the drawn box', () => {
    const map = svgMap()
    const [laoshan] = districtShapes(districts().features, map, {}, null, 'none')
    const [x, y] = map.project(districts().features[0]!.properties.labelPoint)
    expect([laoshan!.x, laoshan!.y]).toEqual([x, y])
    expect(laoshan!.d.startsWith('M')).toBe(true)
    expect(x).toBeGreaterThan(20)
    expect(x).toBeLessThan(380)
  })
})

describe('zoneShapes', () => {
  const zones = zoneFeatures([zone('zone-a')])

  it('sizes a zone by its radius, and gives one without a figure the hollow ring’s radius', () => {
    const map = svgMap()
    const sized = zoneShapes(zones, map, { radiusOf: { 'zone-a': 12 }, noDataRadius: 4 })
    const hollow = zoneShapes(zones, map, { radiusOf: {}, noDataRadius: 4 })
    expect([sized.points[0]!.r, sized.points[0]!.empty]).toEqual([12, false])
    expect([hollow.points[0]!.r, hollow.points[0]!.empty]).toEqual([4, true])
  })
})

describe('districtOutlines: the live map’s hover and selection lines', () => {
  const ids = new Set(['laoshan', 'shinan'])
  it.each([
    ['nothing', null, null, []],
    ['a hover', null, 'shinan', [{ id: 'shinan', stroke: LIGHT_THEME.hoverLine, width: 2.5 }]],
    [
      'a selection over a hover',
      'laoshan',
      'shinan',
      [
        { id: 'shinan', stroke: LIGHT_THEME.hoverLine, width: 2.5 },
        { id: 'laoshan', stroke: LIGHT_THEME.selectedLine, width: 3.5 },
      ],
    ],
    [
      'the selected area hovered: its selection line only',
      'laoshan',
      'laoshan',
      [{ id: 'laoshan', stroke: LIGHT_THEME.selectedLine, width: 3.5 }],
    ],
    ['a zone (drawn by its ring instead)', 'zone-a', 'zone-b', []],
  ])('%s', (_, selected, hovered, outlines) => {
    expect(districtOutlines(ids, selected, hovered, LIGHT_THEME)).toEqual(outlines)
  })
})

describe('zoneOutline', () => {
  it.each([
    ['plain', false, null, null, { stroke: '#ffffff', width: 1.5 }],
    ['without a figure', true, null, null, { stroke: LIGHT_THEME.hoverLine, width: 1.5 }],
    ['hovered', false, null, 'z', { stroke: '#ffffff', width: 2.5 }],
    ['selected', true, 'z', 'z', { stroke: LIGHT_THEME.selectedLine, width: 3 }],
  ])('%s', (_, empty, selected, hovered, outline) => {
    expect(zoneOutline('z', empty, selected, hovered, LIGHT_THEME)).toEqual(outline)
  })
})

describe('pointer and keyboard helpers', () => {
  const el = (attrs: Record<string, string>) => ({ getAttribute: (n: string) => attrs[n] ?? null })

  it.each([
    [el({ 'data-area-id': 'laoshan' }), 'laoshan'],
    [el({ 'data-zone-id': 'zone-a' }), 'zone-a'],
    [el({}), null],
    [null, null],
  ])('reads the area of an element', (element, id) => {
    expect(areaIdOf(element)).toBe(id)
  })

  it('turns a client point into map container pixels', () => {
    expect(pointIn({ left: 300, top: 60 }, { x: 512, y: 400 })).toEqual({ x: 212, y: 340 })
  })

  it('anchors a focused area’s tooltip below the middle of its label', () => {
    expect(belowBox({ left: 300, top: 60 }, { left: 500, right: 540, bottom: 420 })).toEqual({
      x: 220,
      y: 360,
    })
  })

  it.each([
    ['Enter', true],
    [' ', true],
    ['Tab', false],
    ['ArrowDown', false],
  ])('%j presses an area as a button', (key, pressed) => {
    expect(isActivationKey(key)).toBe(pressed)
  })

  it('names an area with the value its colour stands for', () => {
    expect(areaAccessibleName('崂山区 Laoshan', '承诺项目总投资', '930亿元')).toBe(
      '崂山区 Laoshan, 承诺项目总投资: 930亿元',
    )
  })
})

describe('placeStaticLabels: the live map’s collision rule on the static map', () => {
  // 市北, 李沧 and 市南 on a phone: three labels on top of each other, 李沧 the largest.
  const box = (id: string, x: number, y: number) => ({ id, x, y, width: 50, height: 30 })
  const crowd = [box('shibei', 100, 100), box('licang', 110, 105), box('shinan', 100, 112)]
  const km2 = new Map([
    ['shibei', 65],
    ['licang', 96],
    ['shinan', 30],
  ])
  const all = () => true

  it('keeps the larger district’s label and nudges or hides the others, never overlapping', () => {
    const { hidden, offsets } = placeStaticLabels(crowd, km2, all, new Set())
    expect(hidden.has('licang')).toBe(false)
    expect(offsets.has('licang')).toBe(false)
    expect(hidden.size + offsets.size).toBeGreaterThanOrEqual(2)
  })

  it('hides a district without a figure before one with a figure, and never moves it', () => {
    const { hidden, offsets } = placeStaticLabels(crowd, km2, (id) => id !== 'licang', new Set())
    expect(hidden.has('licang')).toBe(true)
    expect(offsets.has('licang')).toBe(false)
  })

  it('keeps the selected or hovered label in place, whatever its size', () => {
    const { hidden, offsets } = placeStaticLabels(crowd, km2, all, new Set(['shinan']))
    expect(hidden.has('shinan')).toBe(false)
    expect(offsets.has('shinan')).toBe(false)
  })

  it('lets a label that takes no room take part in nothing', () => {
    const { hidden } = placeStaticLabels(
      [box('licang', 0, 0), { id: 'shibei', x: 0, y: 0, width: 0, height: 0 }],
      km2,
      all,
      new Set(),
    )
    expect(hidden.size).toBe(0)
  })
})
