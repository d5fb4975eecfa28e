import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseContext, parseDistricts } from '../../../src/data/parseGeo'
import {
  mapPngInput,
  outletsLine,
  type PngSize,
  type PngSource,
} from '../../../src/export/mapPngInput'
import {
  estimateWidth,
  layoutMapPng,
  wrapText,
  type MapPngInput,
  type PngLabel,
} from '../../../src/export/mapPngLayout'
import { zoneFeatures } from '../../../src/map/zoneFeatures'
import { headlinesFor } from '../../../src/metrics/headlines'
import { buildChoropleth } from '../../../src/scale/choropleth'
import { legendModel } from '../../../src/scale/legend'
import { buildZoneSymbols, ZONE_NO_DATA_RADIUS } from '../../../src/scale/zoneSymbols'
import type { Lang } from '../../../src/types/view'
import type { PledgeData } from '../../../src/types/pledge'
import { seedsOnly } from '../data/seeds'

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))
function parsed<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error('fixture does not parse')
  return r.value
}
const districts = parsed(parseDistricts(json('public/geo/districts.geojson')))
const context = parsed(parseContext(json('public/geo/context.geojson')))
const data = seedsOnly(json('public/data/pledges.json') as PledgeData)
const headlines = headlinesFor(data)
const zones = data.areas.filter((a) => a.level === 'zone')

/** What the explorer passes for the investment map, built from the real data. */
function source(size: PngSize, lang: Lang, outline: PngSource['outline'] = null): PngSource {
  const districtChoropleth = buildChoropleth({
    metric: 'investment',
    method: 'ckmeans',
    classes: 5,
    palette: 'OrRd',
    areas: districts.features.map((f) => ({
      id: f.properties.id,
      denominators: { areaKm2: f.properties.areaKm2, population: null },
    })),
    headlines,
  })
  const zoneChoropleth = buildChoropleth({
    metric: 'investment',
    method: 'ckmeans',
    classes: 5,
    palette: 'OrRd',
    areas: zones.map((z) => ({ id: z.id, denominators: { areaKm2: null, population: null } })),
    headlines,
  })
  const symbols = buildZoneSymbols(zoneChoropleth.values)
  return {
    size,
    lang,
    title: 'Title',
    subtitle: 'Subtitle',
    districts,
    context,
    districtChoropleth,
    filteredIds: null,
    zones: {
      features: zoneFeatures(zones),
      radiusOf: symbols.radiusOf,
      noDataRadius: ZONE_NO_DATA_RADIUS,
    },
    zoneKm2: Object.fromEntries(zones.map((z) => [z.id, z.officialArea?.km2 ?? 1])),
    legend: legendModel({
      districts: districtChoropleth,
      zones: symbols,
      schematicFootprints: true,
      requestedClasses: 5,
      method: 'ckmeans',
      lang,
    }),
    outline,
    source: [`Sources: ${outletsLine(data.reports)}`],
    dateLine: 'Exported 2026-12-01',
  }
}
const texts = (input: MapPngInput) =>
  layoutMapPng(input).marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []))

describe('the PNG layout of the real map', () => {
  it.each([
    ['wide', 1920, 1080],
    ['square', 1080, 1080],
  ] as const)('is %s at %i × %i whatever the screen', (size, width, height) => {
    const layout = layoutMapPng(mapPngInput(source(size, 'zh')))
    expect([layout.width, layout.height]).toEqual([width, height])
    expect(layout.map.w).toBeGreaterThan(width * 0.55)
  })

  it.each(['wide', 'square'] as const)(
    '%s: draws the district names (崂山区 among them) and zone names',
    (size) => {
      const layout = layoutMapPng(mapPngInput(source(size, 'zh')))
      const drawn = layout.labels.map((l) => l.text)
      expect(drawn).toContain('崂山区')
      expect(layout.labels.filter((l) => l.kind === 'district').length).toBeGreaterThanOrEqual(8)
      expect(layout.labels.some((l) => l.kind === 'zone')).toBe(true)
      // Every drawn label is written on the canvas, in the map frame.
      for (const l of layout.labels) {
        expect(texts(mapPngInput(source(size, 'zh')))).toContain(l.text)
        expect(l.x).toBeGreaterThan(layout.map.x)
        expect(l.x).toBeLessThan(layout.map.x + layout.map.w)
      }
    },
  )

  it('names areas in English in an English export, zones included', () => {
    const layout = layoutMapPng(mapPngInput(source('wide', 'en')))
    const drawn = layout.labels.map((l) => l.text)
    expect(drawn).toContain('Laoshan')
    expect(drawn.filter((t) => /[\u4e00-\u9fff]/.test(t))).toEqual([])
  })

  it('keeps the labels of districts with a figure: empty ones give way first', () => {
    const input = mapPngInput(source('square', 'zh'))
    const layout = layoutMapPng(input)
    const valued = Object.keys(source('square', 'zh').districtChoropleth.colourOf)
    expect(valued.length).toBeGreaterThan(0)
    for (const id of valued) expect(layout.hiddenLabels).not.toContain(id)
  })

  it('draws no selection outline unless asked', () => {
    const plain = layoutMapPng(mapPngInput(source('wide', 'zh')))
    expect(plain.outlined).toBeNull()
    expect(plain.marks.some((m) => m.kind === 'path' && m.stroke === '#b91c1c')).toBe(false)
    const marked = layoutMapPng(
      mapPngInput(source('wide', 'zh', { id: 'laoshan', label: '红框：所选地区 崂山区' })),
    )
    expect(marked.outlined).toBe('laoshan')
    expect(marked.marks.filter((m) => m.kind === 'path' && m.stroke === '#b91c1c')).toHaveLength(1)
    expect(marked.legend.find((b) => b.id === 'marked')?.items).toEqual(['红框：所选地区 崂山区'])
  })

  it('explains the zone symbols and the no-figure key in the legend', () => {
    const layout = layoutMapPng(mapPngInput(source('wide', 'zh')))
    const zoneBlock = layout.legend.find((b) => b.id === 'zones')
    expect(zoneBlock?.title).toContain('功能区')
    // Reference circles with values, the hollow no-figure marker, the dashed footprint.
    expect(zoneBlock?.items.length).toBeGreaterThanOrEqual(3)
    expect(zoneBlock?.items).toContain('未报道数字')
    expect(zoneBlock?.items.some((i) => i.includes('虚线圈'))).toBe(true)
    const districtBlock = layout.legend.find((b) => b.id === 'districts')
    expect(districtBlock?.items.some((i) => i.startsWith('未报道数字'))).toBe(true)
    expect(layout.marks.some((m) => m.kind === 'hatch')).toBe(true)
    expect(layout.marks.some((m) => m.kind === 'circle' && m.dash !== undefined)).toBe(true)
  })

  it('writes the title, the outlets with their dates and the export date', () => {
    const all = texts(mapPngInput(source('square', 'zh')))
    expect(all).toContain('Title')
    expect(all.join(' ')).toContain('青岛日报')
    expect(all.join(' ')).toContain('2022-05-28')
    expect(all).toContain('Exported 2026-12-01')
  })

  it('keeps the legend inside the canvas', () => {
    for (const size of ['wide', 'square'] as const) {
      const layout = layoutMapPng(mapPngInput(source(size, 'en')))
      for (const m of layout.marks)
        if (m.kind === 'text') {
          expect(m.y).toBeLessThanOrEqual(layout.height)
          expect(m.x).toBeGreaterThanOrEqual(0)
        }
    }
  })
})

describe('label collision', () => {
  const base = (labels: PngLabel[]): MapPngInput => ({
    lang: 'zh',
    width: 1080,
    height: 1080,
    title: 't',
    subtitle: 's',
    bounds: [
      [120, 36],
      [121, 37],
    ],
    districts: [],
    context: [],
    zones: [],
    labels,
    legend: [],
    outlineId: null,
    source: [],
    dateLine: '',
  })
  const label = (
    id: string,
    lngLat: [number, number],
    priority: number,
    nudge = false,
  ): PngLabel => ({ id, kind: 'district', text: id, lngLat, tier: 1, priority, nudge })
  it('drops the lower-priority one of two overlapping names, keeps distant ones', () => {
    const layout = layoutMapPng(
      base([
        label('低', [120.5, 36.5], 1),
        label('高', [120.5005, 36.5], 2),
        label('远', [120.2, 36.2], 0),
      ]),
    )
    expect(layout.labels.map((l) => l.id).sort()).toEqual(['远', '高'])
    expect(layout.hiddenLabels).toEqual(['低'])
  })
  it('moves the name of an area with a figure beside its point rather than drop it', () => {
    const layout = layoutMapPng(
      base([label('高', [120.5, 36.5], 2), label('有数', [120.5005, 36.5], 1, true)]),
    )
    expect(layout.labels.map((l) => l.id).sort()).toEqual(['有数', '高'])
    const [a, b] = ['高', '有数'].map((id) => layout.labels.find((l) => l.id === id)!)
    expect(Math.abs(a!.y - b!.y) + Math.abs(a!.x - b!.x)).toBeGreaterThan(10)
  })
  it('drops a name that would be cut by the map edge', () => {
    const layout = layoutMapPng(base([label('边上的名字', [119.0, 36.5], 1)]))
    expect(layout.labels).toEqual([])
  })
})

describe('wrapText', () => {
  it('breaks Latin text at spaces and Chinese between glyphs, within the width', () => {
    const en = wrapText('Circle area is proportional to the value', 16, 120, estimateWidth)
    expect(en.length).toBeGreaterThan(1)
    for (const l of en) expect(estimateWidth(l, 16)).toBeLessThanOrEqual(120)
    expect(en.join(' ')).toBe('Circle area is proportional to the value')
    const zh = wrapText('圆的面积与数值成正比功能区不参与区市的颜色分级', 16, 100, estimateWidth)
    expect(zh.join('')).toBe('圆的面积与数值成正比功能区不参与区市的颜色分级')
    for (const l of zh) expect(estimateWidth(l, 16)).toBeLessThanOrEqual(100)
  })
})

describe('outletsLine', () => {
  it('lists each outlet once with the dates of its reports in order', () => {
    expect(
      outletsLine([
        { outlet: 'B', date: '2023-01-02' },
        { outlet: 'A', date: '2022-05-01' },
        { outlet: 'B', date: '2022-01-01' },
      ]),
    ).toBe('B 2022-01-01, 2023-01-02 · A 2022-05-01')
  })

  it('names the outlets in English in an English picture', () => {
    const reports = [
      { outlet: '青岛日报', date: '2022-05-28' },
      { outlet: '观海新闻 / 青岛日报 (青报全媒体)', date: '2022-10-20' },
    ]
    const line = outletsLine(reports, 'en')
    expect(line).toBe(
      'Qingdao Daily 2022-05-28 · Guanhai News / Qingdao Daily (Qingdao Daily Media) 2022-10-20',
    )
    expect(line).not.toMatch(/[\u3400-\u9fff]/)
  })
})
