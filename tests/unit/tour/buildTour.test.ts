import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { headlinesFor } from '../../../src/metrics/headlines'
import { buildAreaRows } from '../../../src/scale/areaRows'
import { buildTour, GEOGRAPHIC_ORDER, type AreaStep } from '../../../src/tour/buildTour'
import type { PledgeData } from '../../../src/types/pledge'
import type { TourOrder } from '../../../src/url/hashState'

// The built pledge data: the tour is about exactly these areas and figures.
const data = JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as PledgeData
const headlines = headlinesFor(data)
const rows = () => buildAreaRows(data.areas, headlines, () => ({ areaKm2: null, population: null }))
const tour = (order: TourOrder) =>
  buildTour({
    rows: rows(),
    headlines,
    figures: data.figures,
    reportCount: data.reports.length,
    order,
  })
const areaSteps = (order: TourOrder) => tour(order).filter((s): s is AreaStep => s.kind === 'area')
const westCoastZones = data.areas.filter((a) => a.parentId === 'huangdao' && a.level === 'zone')

describe('buildTour', () => {
  it.each(['investment', 'projects', 'geographic'] as const)(
    'starts with the overview and the ranking, then visits every district once (%s)',
    (order) => {
      const steps = tour(order)
      expect(steps.map((s) => s.kind).slice(0, 3)).toEqual(['overview', 'ranking', 'area'])
      const ids = areaSteps(order).map((s) => s.areaId)
      expect(new Set(ids).size).toBe(ids.length)
      expect(
        ids.filter((id) => (GEOGRAPHIC_ORDER as readonly string[]).includes(id)).sort(),
      ).toEqual([...GEOGRAPHIC_ORDER].sort())
      expect(steps).toHaveLength(2 + GEOGRAPHIC_ORDER.length + westCoastZones.length)
    },
  )

  it.each(['investment', 'projects', 'geographic'] as const)(
    'puts the West Coast zones right after 黄岛区 and no other zone (%s)',
    (order) => {
      const ids = areaSteps(order).map((s) => s.areaId)
      const at = ids.indexOf('huangdao')
      expect(new Set(ids.slice(at + 1, at + 1 + westCoastZones.length))).toEqual(
        new Set(westCoastZones.map((z) => z.id)),
      )
      expect(ids).not.toContain('sco-demo-zone')
    },
  )

  it('orders districts by investment, largest first, those without a figure last', () => {
    const districts = areaSteps('investment').filter((s) => s.level === 'district')
    const values = districts.map((s) =>
      s.headline?.metric === 'investment' ? s.headline.value : null,
    )
    const known = values.filter((v): v is number => v !== null)
    expect(known).toEqual([...known].sort((a, b) => b - a))
    expect(values.slice(0, known.length)).toEqual(known)
    expect(districts[0]?.areaId).toBe('huangdao')
  })

  it('orders districts by project count in the projects tour', () => {
    const first = areaSteps('projects')[0]
    expect(first?.areaId).toBe('huangdao')
    expect(first?.headline).toMatchObject({ metric: 'projects', value: 1364 })
  })

  it('follows the documented geographic order, zones west to east', () => {
    const steps = areaSteps('geographic')
    expect(steps.filter((s) => s.level === 'district').map((s) => s.areaId)).toEqual([
      ...GEOGRAPHIC_ORDER,
    ])
    const lons = steps
      .filter((s) => s.level === 'zone')
      .map((s) => data.areas.find((a) => a.id === s.areaId)?.location?.lon ?? 0)
    expect(lons).toEqual([...lons].sort((a, b) => a - b))
  })

  it('quotes the first figure of the headline, with the number inside the quote', () => {
    const laoshan = areaSteps('investment').find((s) => s.areaId === 'laoshan')!
    const figureId = headlines.laoshan?.investment?.figureIds[0]
    expect(laoshan.headline).toMatchObject({ metric: 'investment', value: 1480, figureId })
    const q = laoshan.quote!
    expect(q.figureId).toBe(figureId)
    const number = q.text.slice(q.numberStart - q.start, q.numberEnd - q.start)
    expect(number).toMatch(/\d/)
    expect(laoshan.secondary).toMatchObject({ metric: 'projects', value: 100 })
    expect(laoshan.rank).toBe(2)
  })

  it('falls back to the project count when a district reports no investment', () => {
    const laixi = areaSteps('investment').find((s) => s.areaId === 'laixi')!
    expect(laixi.headline).toMatchObject({ metric: 'projects', value: 300 })
    expect(laixi.quote).not.toBeNull()
  })

  it('says what else was reported for a district with no headline figure', () => {
    const shinan = areaSteps('investment').find((s) => s.areaId === 'shinan')!
    expect(shinan.headline).toBeNull()
    expect(shinan.quote).toBeNull()
    const total = Object.values(shinan.figureCounts).reduce((a, b) => a + b, 0)
    expect(total).toBe(data.figures.filter((f) => f.areaId === 'shinan').length)
    const shibei = areaSteps('investment').find((s) => s.areaId === 'shibei')!
    expect(shibei.figureCounts).toEqual({})
  })

  it('ranks every district in the ranking step, largest first', () => {
    const ranking = tour('projects')[1]
    if (ranking?.kind !== 'ranking') throw new Error('no ranking step')
    expect(ranking.entries).toHaveLength(GEOGRAPHIC_ORDER.length)
    expect(ranking.entries[0]).toMatchObject({ areaId: 'huangdao', value: 1364 })
  })
})
