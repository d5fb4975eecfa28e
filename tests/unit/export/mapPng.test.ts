import { describe, expect, it } from 'vitest'
import { layoutMapPng } from '../../../src/export/mapPng'

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
