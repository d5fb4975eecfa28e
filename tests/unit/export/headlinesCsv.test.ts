import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { csvRecords } from '../../../src/data/csv'
import { BOM } from '../../../src/export/figuresCsv'
import { HEADLINE_COLUMNS, headlinesCsv } from '../../../src/export/headlinesCsv'
import { headlinesFor } from '../../../src/metrics/headlines'
import type { AreaHeadlines, PledgeData } from '../../../src/types/pledge'
import { seedsOnly } from '../data/seeds'
import { dataWith, fig, headlineWith } from '../../fixtures/pledges/figures'

const table = (csv: string) => csvRecords(csv.slice(BOM.length))

describe('headlinesCsv', () => {
  it('writes one row per area, districts first, with a BOM and CRLF line ends', () => {
    const data = dataWith([])
    const csv = headlinesCsv([...data.areas].reverse(), {}, [], data.reports)
    expect(csv.startsWith(BOM)).toBe(true)
    expect(csv.split('\r\n')[0]).toBe(BOM + HEADLINE_COLUMNS.join(','))
    expect(table(csv).map((r) => [r.area_id, r.level])).toEqual([
      ['d', 'district'],
      ['z', 'zone'],
    ])
  })

  it('gives a headline its value, qualifier and period as written, kind, ids, derived flag and source', () => {
    const data = dataWith([
      fig({ id: 'f1', areaId: 'd', metric: 'investment', value: 290, kind: 'pledge' }),
      fig({ id: 'f2', areaId: 'd', metric: 'investment', value: 380, kind: 'pledge' }),
    ])
    const headlines: Record<string, AreaHeadlines> = {
      d: {
        investment: headlineWith({
          value: 670,
          figureIds: ['f1', 'f2'],
          derived: true,
          bound: 'over',
          markers: ['多'],
          horizon: { kind: 'multiYear', text: '未来三年', startYear: 2022, endYear: 2024 },
          reportId: 'r1',
          alsoReported: ['f9'],
        }),
        projects: null,
      },
    }
    const [d, z] = table(headlinesCsv(data.areas, headlines, data.figures, data.reports))
    expect(d).toMatchObject({
      area_id: 'd',
      investment_value: '670',
      investment_unit: '亿元',
      investment_as_written: '670多亿元',
      investment_qualifier: 'over',
      investment_qualifier_words: '多',
      investment_period_start_year: '2022',
      investment_period_end_year: '2024',
      investment_period_as_written: '未来三年',
      investment_period_kind: 'multiYear',
      investment_kind: 'pledge',
      investment_measure: 'portfolio',
      investment_figure_ids: 'f1 f2',
      investment_derived: 'true',
      investment_also_reported: 'f9',
      investment_report_id: 'r1',
      investment_outlet: 'test',
      investment_report_date: '2022-05-28',
      projects_value: '',
      projects_derived: '',
    })
    expect(d?.investment_period_en).toMatch(/2022/)
    // No headline: every headline cell empty, never 0 or false.
    expect(z?.investment_value).toBe('')
    expect(z?.investment_derived).toBe('')
  })

  it('guards every text cell against spreadsheet formulas', () => {
    const data = dataWith([])
    const areas = data.areas.map((a) => ({ ...a, nameZh: '=HYPERLINK("x")', nameEn: '+1' }))
    const [d] = table(headlinesCsv(areas, {}, [], data.reports))
    expect(d?.area_zh).toBe('\'=HYPERLINK("x")')
    expect(d?.area_en).toBe("'+1")
  })

  it('carries the real headlines: 崂山 930 stated, 海洋高新区 670多 derived', () => {
    const data = seedsOnly(
      JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as PledgeData,
    )
    const rows = table(headlinesCsv(data.areas, headlinesFor(data), data.figures, data.reports))
    expect(rows).toHaveLength(data.areas.length)
    const row = (id: string) => rows.find((r) => r.area_id === id)
    expect(row('laoshan')).toMatchObject({
      investment_value: '930',
      investment_derived: 'false',
      investment_figure_ids: 'r001-f028',
      investment_outlet: '青岛日报',
      investment_report_date: '2022-05-28',
    })
    expect(row('marine-hitech')).toMatchObject({
      investment_as_written: '670多亿元',
      investment_derived: 'true',
    })
  })
})
