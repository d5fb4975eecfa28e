import { describe, expect, it } from 'vitest'
import { headlinesFor } from '../../../src/metrics/headlines'
import { dataWith, fig } from '../../fixtures/pledges/figures'

describe('headlinesFor', () => {
  it('does not add a nested figure to its parent', () => {
    const h = headlinesFor(
      dataWith([
        fig({ id: 'a', areaId: 'd', metric: 'investment', value: 930 }),
        fig({ id: 'b', areaId: 'd', metric: 'investment', value: 736, nestedIn: 'a' }),
      ]),
    )
    expect(h.d?.investment).toMatchObject({ value: 930, figureIds: ['a'] })
  })

  it('counts a reprinted or restated pledge once', () => {
    const h = headlinesFor(
      dataWith([
        fig({ id: 'a', areaId: 'd', metric: 'projectCount', value: 94 }),
        fig({ id: 'b', areaId: 'd', metric: 'projectCount', value: 94, duplicateOf: 'a' }),
      ]),
    )
    expect(h.d?.projects).toMatchObject({ value: 94, figureIds: ['a'] })
  })

  it('never sums overlapping lists: the largest stands for the group', () => {
    const h = headlinesFor(
      dataWith([
        fig({ id: 'a', areaId: 'd', metric: 'projectCount', value: 189, overlapGroup: 'a' }),
        fig({ id: 'b', areaId: 'd', metric: 'projectCount', value: 143, overlapGroup: 'a' }),
        fig({ id: 'c', areaId: 'd', metric: 'projectCount', value: 125, overlapGroup: 'a' }),
      ]),
    )
    expect(h.d?.projects).toMatchObject({ value: 189, figureIds: ['a'] })
  })

  it('sums distinct lists of the same report', () => {
    const h = headlinesFor(
      dataWith([
        fig({
          id: 'a',
          areaId: 'z',
          metric: 'investment',
          value: 290,
          qualifier: { bound: 'over', markers: ['多'], aspirational: false },
        }),
        fig({ id: 'b', areaId: 'z', metric: 'investment', value: 380 }),
      ]),
    )
    expect(h.z?.investment).toMatchObject({ value: 670, figureIds: ['a', 'b'], lowerBound: true })
  })

  it('never adds zone figures into the district', () => {
    const h = headlinesFor(
      dataWith([
        fig({ id: 'a', areaId: 'd', metric: 'investment', value: 100 }),
        fig({ id: 'b', areaId: 'z', metric: 'investment', value: 50 }),
      ]),
    )
    expect(h.d?.investment?.value).toBe(100)
    expect(h.z?.investment?.value).toBe(50)
  })

  it('reports no figure as null, not zero', () => {
    const h = headlinesFor(dataWith([fig({ id: 'a', areaId: 'd', metric: 'gdp', value: 1500 })]))
    expect(h.d).toEqual({ investment: null, projects: null })
    expect(h.z).toEqual({ investment: null, projects: null })
  })

  it('takes the latest report that gives the metric, and a filter can pick another', () => {
    const figures = [
      fig({ id: 'a', reportId: 'r1', areaId: 'd', metric: 'projectCount', value: 90 }),
      fig({ id: 'b', reportId: 'r2', areaId: 'd', metric: 'projectCount', value: 189 }),
    ]
    expect(headlinesFor(dataWith(figures)).d?.projects?.figureIds).toEqual(['b'])
    expect(headlinesFor(dataWith(figures), { reportIds: ['r1'] }).d?.projects?.figureIds).toEqual([
      'a',
    ])
  })

  it('ignores size thresholds and converts 万元 to 亿元', () => {
    const h = headlinesFor(
      dataWith([
        fig({ id: 'a', areaId: 'd', metric: 'investment', value: 5000, unit: '万元' }),
        fig({
          id: 'b',
          areaId: 'd',
          metric: 'other',
          value: 30,
          unit: '亿元',
          category: 'threshold',
        }),
      ]),
    )
    expect(h.d?.investment).toMatchObject({ value: 0.5, unit: '亿元', figureIds: ['a'] })
  })

  it('states its rule in both languages', () => {
    const h = headlinesFor(
      dataWith([fig({ id: 'a', areaId: 'd', metric: 'investment', value: 1 })]),
    )
    expect(h.d?.investment?.rule.zh.length).toBeGreaterThan(10)
    expect(h.d?.investment?.rule.en).toMatch(/nested/)
  })
})
