import { describe, expect, it } from 'vitest'
import { buildChoropleth, type ChoroplethInput } from '../../../src/scale/choropleth'
import { classNote, legendModel, type LegendInput } from '../../../src/scale/legend'
import { buildZoneSymbols } from '../../../src/scale/zoneSymbols'
import type { AreaHeadlines } from '../../../src/types/pledge'
import { headlineWith } from '../../fixtures/pledges/figures'

const inv = (value: number): AreaHeadlines => ({
  investment: headlineWith({ value }),
  projects: null,
})
const none = { areaKm2: null, population: null }
const choropleth = (values: Record<string, number>, over: Partial<ChoroplethInput> = {}) =>
  buildChoropleth({
    metric: 'investment',
    method: 'ckmeans',
    classes: 7,
    palette: 'YlGnBu',
    areas: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, denominators: none })),
    headlines: Object.fromEntries(Object.entries(values).map(([id, v]) => [id, inv(v)])),
    ...over,
  })
const four = { a: 120, b: 300, c: 930, d: 7100 }
const model = (over: Partial<LegendInput> = {}) =>
  legendModel({
    districts: choropleth(four),
    zones: null,
    schematicFootprints: false,
    requestedClasses: 7,
    method: 'ckmeans',
    lang: 'zh',
    ...over,
  })

describe('classNote', () => {
  it('says when fewer classes are shown than chosen, and why', () => {
    expect(classNote(choropleth(four), 7, 'ckmeans')).toEqual({
      kind: 'fewerClasses',
      shown: 4,
      requested: 7,
      valued: 4,
    })
    expect(classNote(choropleth({ a: 5, b: 5, c: 9 }, { classes: 3 }), 3, 'ckmeans')).toMatchObject(
      { kind: 'fewerDistinct', shown: 2, distinct: 2 },
    )
  })

  it('counts the empty classes of equal intervals', () => {
    const c = choropleth({ a: 1, b: 2, c: 3, d: 100 }, { method: 'equal', classes: 4 })
    expect(classNote(c, 4, 'equal')).toEqual({ kind: 'emptyClasses', shown: 4, empty: 2 })
  })

  it('says when every class holds one area', () => {
    expect(classNote(choropleth(four, { classes: 4 }), 4, 'ckmeans')).toEqual({
      kind: 'oneEach',
      n: 4,
    })
  })

  it('says nothing when the classes are what the settings promise', () => {
    const c = choropleth({ a: 1, b: 2, c: 50, d: 51, e: 300 }, { classes: 3 })
    expect(classNote(c, 3, 'ckmeans')).toBeNull()
  })
})

describe('legendModel', () => {
  it('words the class note in both languages', () => {
    expect(model().districts.note).toBe('显示 4 级而非 7 级：只有 4 个地区有数字')
    expect(model({ lang: 'en' }).districts.note).toBe('4 classes, not 7: only 4 areas have a value')
  })

  it('names the method in plain words, never "Ckmeans"', () => {
    expect(model().districts.method).toBe('分级：自然断点')
    expect(model({ lang: 'en' }).districts.method).not.toMatch(/ckmeans/i)
  })

  it('lists the classes and the no-data entry with the one wording of "no figure reported"', () => {
    const d = model().districts
    expect(d.entries.map((e) => e.label)).toEqual(['120', '300', '930', '7,100', '未报道数字'])
    expect(d.entries.at(-1)).toMatchObject({ hatched: true, count: 2, members: ['e', 'f'] })
    expect(d.extent).toEqual({ min: '120', max: '7,100' })
  })

  it('has no zone block when the zones are hidden', () => {
    expect(model().zones).toBeNull()
  })

  it('gives the zone block size circles, the no-data marker and the dashed footprint', () => {
    const zones = buildZoneSymbols([
      { id: 'marine', value: 670 },
      { id: 'djk', value: 584 },
      { id: 'x', value: null },
    ])
    const z = model({ zones, schematicFootprints: true, lang: 'en' }).zones!
    expect(z.circles.map((c) => c.label)).toEqual(['50', '20'])
    expect(z.circles[0]!.radius).toBeCloseTo(zones.references[0]!.radius)
    expect(z.noData?.label).toBe('no figure reported')
    expect(z.footprint).toMatch(/dashed circle/i)
    expect(model({ zones, schematicFootprints: false }).zones!.footprint).toBeNull()
  })
})
