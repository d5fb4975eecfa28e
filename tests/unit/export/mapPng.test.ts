import { describe, expect, it } from 'vitest'
import { layoutMapPng, legendEntriesOf } from '../../../src/export/mapPng'
import { binLabel, buildChoropleth } from '../../../src/scale/choropleth'
import { headlineWith } from '../../fixtures/pledges/figures'

const input = {
  mapWidth: 800,
  mapHeight: 600,
  scale: 1,
  title: 'Qingdao Pledge Map',
  subtitle: 'Pledged investment',
  legendTitle: 'Pledged investment (CNY bn)',
  legendEntries: [
    { colour: '#ffffcc', label: '1 – 10' },
    { colour: 'hatch' as const, label: 'No figure reported' },
  ],
  legendNotes: ['Classes: natural breaks'],
  source: 'Sources: five reports 2022–2023',
  dateLine: 'Exported 2026-11-23',
}

describe('layoutMapPng', () => {
  it('places the map whole and the legend beside it', () => {
    const layout = layoutMapPng(input)
    const map = layout.marks.find((m) => m.kind === 'map')
    expect(map).toMatchObject({ w: 800, h: 600 })
    expect(layout.width).toBeGreaterThan(800 + 250)
    expect(layout.height).toBeGreaterThan(600)
  })
  it('writes title, every legend entry, the source and the date', () => {
    const texts = layoutMapPng(input).marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []))
    expect(texts).toEqual(
      expect.arrayContaining([
        'Qingdao Pledge Map',
        '1 – 10',
        'No figure reported',
        input.source,
        input.dateLine,
      ]),
    )
  })
  it('draws the no-data entry with the hatch', () => {
    expect(layoutMapPng(input).marks.filter((m) => m.kind === 'hatch')).toHaveLength(1)
  })
})

describe('legendEntriesOf', () => {
  it("is the legend on screen: the map's bins in order, the no-data bin as the hatch", () => {
    const none = { areaKm2: null, population: null }
    const c = buildChoropleth({
      metric: 'investment',
      method: 'equal',
      classes: 2,
      palette: 'OrRd',
      areas: ['a', 'b', 'c'].map((id) => ({ id, denominators: none })),
      headlines: {
        a: { investment: headlineWith({ value: 100 }), projects: null },
        b: { investment: headlineWith({ value: 900 }), projects: null },
      },
    })
    const entries = legendEntriesOf(c.bins, (bin) => binLabel(bin, 'investment', 'zh', '未报道'))
    expect(entries).toEqual([
      { colour: c.bins[0]?.colour, label: '100 – 500' },
      { colour: c.bins[1]?.colour, label: '500 – 900' },
      { colour: 'hatch', label: '未报道' },
    ])
  })
})
