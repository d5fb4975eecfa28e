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
