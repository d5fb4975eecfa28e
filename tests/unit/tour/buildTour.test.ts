import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { headlinesFor } from '../../../src/metrics/headlines'
import { buildAreaRows } from '../../../src/scale/areaRows'
import {
  buildTour,
  GEOGRAPHIC_ORDER,
  type AreaStep,
  type OverviewStep,
  type RankingStep,
  type UnreportedStep,
} from '../../../src/tour/buildTour'
import { formatHeadline, formatPeriod } from '../../../src/format/headline'
import type { Headline, PledgeData } from '../../../src/types/pledge'
import type { TourOrder } from '../../../src/types/tour'
import { seedsOnly } from '../data/seeds'

// The built pledge data: the tour is about exactly these areas and figures.
const data = seedsOnly(JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as PledgeData)
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
const ranking = (order: TourOrder) => {
  const step = tour(order)[1]
  if (step?.kind !== 'ranking') throw new Error('no ranking step')
  return step
}
const entry = (e: RankingStep['entries'][number]) => `${e.areaId}:${e.headline.value}`
const period = (h: Headline) =>
  formatPeriod(h.horizon, data.reports.find((r) => r.id === h.reportId)!.date, 'en')
const westCoastZones = data.areas.filter((a) => a.parentId === 'huangdao' && a.level === 'zone')
const hasFigure = (id: string) => !!(headlines[id]?.investment ?? headlines[id]?.projects)
const overview = (order: TourOrder) => tour(order)[0] as OverviewStep
const unreported = (order: TourOrder) => {
  const step = tour(order).at(-1)
  if (step?.kind !== 'unreported') throw new Error('no unreported step')
  return step as UnreportedStep
}

describe('buildTour', () => {
  it.each(['investment', 'projects', 'geographic'] as const)(
    'starts with the overview and the ranking, then covers every district once (%s)',
    (order) => {
      const steps = tour(order)
      expect(steps.map((s) => s.kind).slice(0, 3)).toEqual(['overview', 'ranking', 'area'])
      // A district with a figure gets its own step, one without is named on the last slide.
      const ids = [
        ...areaSteps(order).map((s) => s.areaId),
        ...unreported(order).areas.map((a) => a.areaId),
      ]
      expect(new Set(ids).size).toBe(ids.length)
      expect(
        ids.filter((id) => (GEOGRAPHIC_ORDER as readonly string[]).includes(id)).sort(),
      ).toEqual([...GEOGRAPHIC_ORDER].sort())
      const covered = [...GEOGRAPHIC_ORDER, ...westCoastZones.map((z) => z.id)]
      expect(steps).toHaveLength(2 + covered.filter(hasFigure).length + 1)
    },
  )

  it.each(['investment', 'projects', 'geographic'] as const)(
    'has no empty slide: every area step has a headline figure (%s)',
    (order) => {
      for (const s of areaSteps(order)) {
        expect(hasFigure(s.areaId)).toBe(true)
        expect(s.headline.figureId).toBeTruthy()
        expect(s.quote?.figureId).toBe(s.headline.figureId)
      }
    },
  )

  it.each(['investment', 'projects', 'geographic'] as const)(
    'names the areas without a figure together on the last slide (%s)',
    (order) => {
      const step = unreported(order)
      expect(step.areas.map((a) => a.areaId)).toEqual([
        // Districts in geographic order, then West Coast zones west to east.
        'shinan',
        'shibei',
        'chengyang',
        'jimo',
        'jiaozhou',
        'modern-agri',
        'guzhenkou',
        'lingshanwan',
        'tangdaowan',
      ])
      expect(step.areas.every((a) => !hasFigure(a.areaId))).toBe(true)
      expect(tour(order).filter((s) => s.kind === 'unreported')).toHaveLength(1)
    },
  )

  it('has no unreported slide when every area has a figure', () => {
    const withFigure = rows().filter((r) => hasFigure(r.area.id))
    const steps = buildTour({
      rows: withFigure,
      headlines,
      figures: data.figures,
      reportCount: data.reports.length,
      order: 'investment',
    })
    expect(steps.map((s) => s.kind)).not.toContain('unreported')
  })

  it.each(['investment', 'projects', 'geographic'] as const)(
    'puts the West Coast zones with a figure right after 黄岛区 and no other zone (%s)',
    (order) => {
      const ids = areaSteps(order).map((s) => s.areaId)
      const at = ids.indexOf('huangdao')
      const zones = westCoastZones.filter((z) => hasFigure(z.id))
      expect(zones.length).toBeGreaterThan(0)
      expect(new Set(ids.slice(at + 1, at + 1 + zones.length))).toEqual(
        new Set(zones.map((z) => z.id)),
      )
      expect(ids).not.toContain('sco-demo-zone')
    },
  )

  it('opens with the message in words: 4 of 10 districts state a portfolio, 黄岛 the largest', () => {
    const o = overview('investment')
    expect([o.stated, o.districtCount, o.measure]).toEqual([4, 10, 'portfolio'])
    // The big number is one stated figure, quoted: never a sum of the districts' figures.
    expect(o.largest).toMatchObject({
      areaId: 'huangdao',
      figure: { figureId: 'r001-f010', headline: { value: 7100, derived: false } },
      quote: { figureId: 'r001-f010' },
    })
    const q = o.largest!.quote!
    expect(q.text.slice(q.numberStart - q.start, q.numberEnd - q.start)).toContain('7100')
    expect(o.stated).toBe(ranking('investment').entries.length)
    // What the coverage count counts: areas of the tour with an investment figure.
    expect([o.withFigure, o.areaCount]).toEqual([9, 19])
  })

  it('opens the project tour on the largest portfolio count, 黄岛 1364', () => {
    const o = overview('projects')
    expect([o.stated, o.districtCount]).toEqual([3, 10])
    expect(o.largest?.figure.headline).toMatchObject({ value: 1364, measure: 'portfolio' })
  })

  it('orders districts by investment, largest first, those without a figure last', () => {
    const districts = areaSteps('investment').filter((s) => s.level === 'district')
    expect(districts.map((s) => [s.areaId, s.headline?.headline.value ?? null])).toEqual([
      ['huangdao', 7100],
      ['laoshan', 930],
      ['licang', 760.9],
      ['pingdu', 674],
      // No investment: 莱西 falls back to its project count; the others are on the last slide.
      ['laixi', 300],
    ])
  })

  it('orders districts by project count like for like: portfolios first, other kinds after', () => {
    const districts = areaSteps('projects').filter((s) => s.level === 'district')
    expect(
      districts
        .filter((s) => s.headline?.metric === 'projects')
        .map((s) => [s.areaId, s.headline?.headline.value, s.headline?.headline.measure]),
    ).toEqual([
      ['huangdao', 1364, 'portfolio'],
      ['laoshan', 334, 'portfolio'],
      ['pingdu', 90, 'portfolio'],
      // 莱西 300以上 are signings and 李沧 83 under negotiation: never ranked above 崂山 334.
      ['laixi', 300, 'signed'],
      ['licang', 83, 'pipeline'],
    ])
  })

  it('follows the documented geographic order, zones west to east', () => {
    const steps = areaSteps('geographic')
    expect(steps.filter((s) => s.level === 'district').map((s) => s.areaId)).toEqual(
      GEOGRAPHIC_ORDER.filter(hasFigure),
    )
    const lons = steps
      .filter((s) => s.level === 'zone')
      .map((s) => data.areas.find((a) => a.id === s.areaId)?.location?.lon ?? 0)
    expect(lons).toEqual([...lons].sort((a, b) => a - b))
  })

  it('shows 崂山 on its stated 930亿元 for 2022–2024, never a sum, quoting that figure', () => {
    const laoshan = areaSteps('investment').find((s) => s.areaId === 'laoshan')!
    expect(laoshan.headline).toMatchObject({
      metric: 'investment',
      figureId: 'r001-f028',
      headline: { value: 930, derived: false, measure: 'portfolio' },
    })
    expect(period(laoshan.headline!.headline)).toBe('2022–2024 (3 years)')
    const q = laoshan.quote!
    expect(q.figureId).toBe('r001-f028')
    expect(q.text.slice(q.numberStart - q.start, q.numberEnd - q.start)).toContain('930')
    expect(laoshan.secondary).toMatchObject({ metric: 'projects', headline: { value: 334 } })
    expect([laoshan.rank, laoshan.peers]).toEqual([2, 4])
  })

  it('ranks an area only among peers of the same measure', () => {
    const licang = areaSteps('projects').find((s) => s.areaId === 'licang')!
    expect(licang.headline?.headline).toMatchObject({ value: 83, measure: 'pipeline' })
    expect([licang.rank, licang.peers]).toEqual([1, 1])
    const pingdu = areaSteps('projects').find((s) => s.areaId === 'pingdu')!
    expect([pingdu.rank, pingdu.peers]).toEqual([3, 3])
  })

  it('keeps the qualifier as written and labels a derived sum', () => {
    const marine = areaSteps('investment').find((s) => s.areaId === 'marine-hitech')!
    expect(marine.headline?.headline).toMatchObject({ value: 670, derived: true })
    expect(formatHeadline('investment', marine.headline!.headline, 'zh')).toBe('670多亿元')
    const laixi = areaSteps('investment').find((s) => s.areaId === 'laixi')!
    expect(formatHeadline('projects', laixi.headline!.headline, 'zh')).toBe('300个以上')
  })

  it('falls back to the project count when a district reports no investment', () => {
    const laixi = areaSteps('investment').find((s) => s.areaId === 'laixi')!
    expect(laixi.headline).toMatchObject({ metric: 'projects', headline: { value: 300 } })
    expect(laixi.quote).not.toBeNull()
  })

  it('says what else was reported for an area with no headline figure', () => {
    const areas = unreported('investment').areas
    const shinan = areas.find((a) => a.areaId === 'shinan')!
    const total = Object.values(shinan.figureCounts).reduce((a, b) => a + b, 0)
    expect(total).toBe(data.figures.filter((f) => f.areaId === 'shinan').length)
    expect(total).toBeGreaterThan(0)
    expect(areas.find((a) => a.areaId === 'shibei')!.figureCounts).toEqual({})
  })

  it('ranks the districts’ investment: 崂山 on 930 with its period, never 1,480', () => {
    const r = ranking('investment')
    expect(r.measure).toBe('portfolio')
    expect(r.entries.map(entry)).toEqual([
      'huangdao:7100',
      'laoshan:930',
      'licang:760.9',
      'pingdu:674',
    ])
    expect(r.entries.map((e) => period(e.headline))).toEqual([
      'no period stated (report of May 2022)',
      '2022–2024 (3 years)',
      '2023',
      '2022',
    ])
    expect(r.others).toEqual([])
    expect(r.without).toEqual(['shinan', 'shibei', 'chengyang', 'jimo', 'laixi', 'jiaozhou'])
  })

  it('ranks project portfolios only and lists signings and the pipeline apart', () => {
    const r = ranking('projects')
    expect(r.measure).toBe('portfolio')
    expect(r.entries.map(entry)).toEqual(['huangdao:1364', 'laoshan:334', 'pingdu:90'])
    expect(r.others.map((e) => [e.areaId, e.headline.measure])).toEqual([
      ['laixi', 'signed'],
      ['licang', 'pipeline'],
    ])
    expect(formatHeadline('projects', r.others[0]!.headline, 'zh')).toBe('300个以上')
    expect(r.entries.length + r.others.length + r.without.length).toBe(GEOGRAPHIC_ORDER.length)
  })
})
