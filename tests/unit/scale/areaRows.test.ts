import { describe, expect, it } from 'vitest'
import { buildAreaRows, sortRows } from '../../../src/scale/areaRows'
import type { Area, AreaHeadlines } from '../../../src/types/pledge'
import { headlineWith } from '../../fixtures/pledges/figures'

const area = (id: string, level: Area['level'], parentId: string | null = null): Area => ({
  id,
  nameZh: id,
  nameEn: id,
  level,
  parentId,
  aliases: [],
  location: null,
  officialArea: null,
})
const inv = (value: number): AreaHeadlines => ({
  investment: headlineWith({ value }),
  projects: null,
})

describe('buildAreaRows', () => {
  const areas = [
    area('d1', 'district'),
    area('d2', 'district'),
    area('z1', 'zone', 'd1'),
    area('s1', 'street', 'd1'),
  ]
  const rows = buildAreaRows(areas, { d1: inv(10), d2: inv(20), z1: inv(500) }, () => ({
    areaKm2: 10,
    population: 1000,
  }))

  it('lists districts and zones, not streets', () => {
    expect(rows.map((r) => r.area.id)).toEqual(['d1', 'd2', 'z1'])
  })
  it('ranks zones only among zones', () => {
    expect(rows.find((r) => r.area.id === 'z1')?.rank.investment).toBe(1)
    expect(rows.find((r) => r.area.id === 'd2')?.rank.investment).toBe(1)
  })
  it('sorts areas without a figure last', () => {
    expect(sortRows(rows, 'projects').every((r) => r.values.projects === null)).toBe(true)
    expect(sortRows(rows, 'investment').map((r) => r.area.id)).toEqual(['z1', 'd2', 'd1'])
  })
})

describe('buildAreaRows peer counts', () => {
  const areas = [
    area('d1', 'district'),
    area('d2', 'district'),
    area('d3', 'district'),
    area('d4', 'district'),
    area('z1', 'zone', 'd1'),
  ]
  const counts: AreaHeadlines = {
    investment: null,
    projects: headlineWith({ value: 300, measure: 'pipeline' }),
  }
  const rows = buildAreaRows(
    areas,
    {
      d1: inv(10),
      d2: inv(20),
      // A spending figure is not a portfolio: ranked among spending figures only.
      d3: { investment: headlineWith({ value: 550, measure: 'spending' }), projects: null },
      z1: inv(500),
      d4: counts,
    },
    () => ({ areaKm2: 10, population: 1000 }),
    { d1: 4, d2: 1 },
  )
  const row = (id: string) => rows.find((r) => r.area.id === id)!

  it('counts the areas of the same level that have a value', () => {
    expect(row('d1').peers.investment).toBe(3)
    expect(row('z1').peers.investment).toBe(1)
    expect(row('d4').peers.projects).toBe(1)
    expect(row('d1').peers.figureCount).toBe(2)
  })

  it('ranks like with like: only headlines of the same measure are peers', () => {
    expect([row('d1').likeRank.investment, row('d1').likePeers.investment]).toEqual([2, 2])
    expect([row('d3').likeRank.investment, row('d3').likePeers.investment]).toEqual([1, 1])
    // The plain rank still puts the spending figure first among all three.
    expect(row('d3').rank.investment).toBe(1)
  })

  it('gives an area without a value no like rank and no peers', () => {
    expect([row('d4').likeRank.investment, row('d4').likePeers.investment]).toEqual([null, 0])
  })

  it('ranks the figure count among every area with one, having no measure', () => {
    expect([row('d2').likeRank.figureCount, row('d2').likePeers.figureCount]).toEqual([2, 2])
  })
})
