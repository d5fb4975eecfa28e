import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../src/data/csv'
import { parsePledges } from '../../../src/data/parsePledges'
import {
  BOM,
  FIGURE_COLUMNS,
  cellText,
  csvField,
  figuresCsv,
  textCell,
  type FigureColumn,
} from '../../../src/export/figuresCsv'
import { filterPledges, NO_FILTER } from '../../../src/metrics/filter'
import { headlinesFor } from '../../../src/metrics/headlines'
import type { PledgeData, Report } from '../../../src/types/pledge'
import { dataWith, fig } from '../../fixtures/pledges/figures'

function realData(): PledgeData {
  const parsed = parsePledges(JSON.parse(readFileSync('public/data/pledges.json', 'utf8')))
  if (!parsed.ok) throw new Error('pledges.json does not parse')
  return parsed.value
}
/** The CSV of some data parsed back into records keyed by column. */
function records(data: Pick<PledgeData, 'figures' | 'areas' | 'reports'>, headlines = {}) {
  const rows = parseCsv(figuresCsv(data.figures, data.areas, data.reports, headlines).slice(1))
  return rows
    .slice(1)
    .map(
      (r) =>
        Object.fromEntries(FIGURE_COLUMNS.map((c, i) => [c, r[i]])) as Record<FigureColumn, string>,
    )
}
const byId = (rs: Record<FigureColumn, string>[], id: string) => rs.find((r) => r.figure_id === id)!

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['“中文，全角”', '“中文，全角”'],
  ])('quotes %j as RFC 4180 asks', (input, output) => {
    expect(csvField(input)).toBe(output)
  })
})

describe('figuresCsv', () => {
  it('starts with a UTF-8 BOM and the header, and ends lines with CRLF', () => {
    const csv = figuresCsv([], [], [], {})
    expect(csv.startsWith(BOM + 'figure_id,area_id,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('parses back to the same figures, quotes with commas and quotes included', () => {
    const data = dataWith([
      fig({
        id: 'f1',
        areaId: 'd',
        metric: 'investment',
        value: 930,
        quote: '总投资930亿元，"334个"项目',
        start: 5,
        end: 20,
      }),
      fig({ id: 'f2', areaId: null, metric: 'projectCount', value: 12, low: 10 }),
    ])
    const rows = parseCsv(figuresCsv(data.figures, data.areas, data.reports, {}).slice(1))
    expect(rows[0]).toEqual([...FIGURE_COLUMNS])
    const rs = records(data)
    expect(rs).toHaveLength(2)
    expect(rs[0]).toMatchObject({
      figure_id: 'f1',
      value: '930',
      quote: '总投资930亿元，"334个"项目',
      quote_start: '5',
      quote_end: '20',
      unit: '亿元',
    })
    expect(rs[1]).toMatchObject({ figure_id: 'f2', area_id: '', low: '10' })
  })

  it('round-trips every figure of the real data: ids, values, quotes and offsets', () => {
    const data = realData()
    const rows = parseCsv(
      figuresCsv(data.figures, data.areas, data.reports, headlinesFor(data)).slice(1),
    ).slice(1)
    expect(rows).toHaveLength(data.figures.length)
    const col = (name: (typeof FIGURE_COLUMNS)[number]) => FIGURE_COLUMNS.indexOf(name)
    rows.forEach((r, i) => {
      const f = data.figures[i]!
      expect([
        r[col('figure_id')],
        Number(r[col('value')]),
        r[col('quote')],
        Number(r[col('quote_start')]),
        Number(r[col('quote_end')]),
      ]).toEqual([f.id, f.value, f.quote, f.start, f.end])
    })
  })

  it('gives each figure its kind, money type or count set, and period', () => {
    const data = realData()
    const rs = records(data, headlinesFor(data))
    expect(byId(rs, 'r001-f028')).toMatchObject({
      metric: 'investment',
      kind: 'pledge',
      money_type: 'portfolio',
      count_set: '',
      horizon: 'multiYear',
      period_en: '2022–2024 (3 years)',
    })
    expect(byId(rs, 'r003-f004')).toMatchObject({
      metric: 'projectCount',
      money_type: '',
      count_set: 'started',
      horizon: 'secondHalf',
      period_zh: '2023年下半年',
      period_en: 'H2 2023',
    })
    expect(byId(rs, 'r001-f010')).toMatchObject({
      period_en: 'no period stated (report of May 2022)',
    })
  })

  it('marks the headlines of each area: 崂山 930 stated, 海洋高新区 670多 as derived parts', () => {
    const data = realData()
    const rs = records(data, headlinesFor(data))
    const role = (id: string) => {
      const r = byId(rs, id)
      return [r.headline, r.headline_derived, r.headline_also_reported]
    }
    expect(role('r001-f028')).toEqual(['investment', 'false', ''])
    expect(role('r001-f029')).toEqual(['projects', 'false', ''])
    expect(role('r000-f015')).toEqual(['investment', 'true', ''])
    expect(role('r000-f017')).toEqual(['investment', 'true', ''])
    // 崂山's spending figure is reported beside the headline, never added to it.
    expect(role('r001-f033')).toEqual(['', '', 'investment'])
    // This year's 736 is inside the three-year 930: not a headline of the default view …
    expect(role('r001-f030')).toEqual(['', '', ''])
    expect(rs.filter((r) => r.headline !== '')).toHaveLength(
      Object.values(headlinesFor(data)).flatMap((h) => [
        ...(h.investment?.figureIds ?? []),
        ...(h.projects?.figureIds ?? []),
      ]).length,
    )
  })

  it('marks the headlines of the filtered view the map shows', () => {
    const year = filterPledges(realData(), { ...NO_FILTER, horizon: 'year' })
    const rs = records(year, headlinesFor(year))
    // … but it is 崂山's headline when only this-year targets count.
    expect(byId(rs, 'r001-f030')).toMatchObject({ headline: 'investment', horizon: 'year' })
  })
})

describe('textCell', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['总投资930亿元', '总投资930亿元'],
    ['', ''],
  ])('keeps %j from running as a formula', (input, output) => {
    expect(textCell(input)).toBe(output)
  })
  it('neutralises a quote that starts like a formula, and keeps it quoted', () => {
    const data = dataWith([
      fig({ id: 'f1', areaId: 'd', metric: 'investment', value: 1, quote: '=1+1,x' }),
    ])
    expect(records(data)[0]?.quote).toBe("'=1+1,x")
  })
})

describe('formula guard across every column', () => {
  /** A figure, its area and its report with every free-text field starting with `c`. */
  function hostile(c: string) {
    const data = dataWith([
      fig({
        id: `${c}f`,
        areaId: `${c}d`,
        reportId: `${c}r`,
        metric: 'investment',
        value: -3,
        low: -5,
        unit: `${c}亿元`,
        quote: `${c}1+1,总投资"930"亿元`,
        numberText: `${c}930`,
        qualifier: { bound: 'approx', markers: [`${c}约`], aspirational: false },
        horizon: { kind: 'unspecified', text: `${c}今年`, startYear: null, endYear: null },
        nestedIn: `${c}n`,
        duplicateOf: `${c}u`,
        overlapGroup: `${c}o`,
      }),
    ])
    const report: Report = {
      ...data.reports[0]!,
      id: `${c}r`,
      headline: `${c}标题`,
      outlet: `${c}报`,
    }
    const area = { ...data.areas[0]!, id: `${c}d`, nameZh: `${c}崂山区`, nameEn: `${c}Laoshan` }
    return { figures: data.figures, areas: [area], reports: [report] }
  }
  const TEXT_COLUMNS: readonly FigureColumn[] = [
    'figure_id',
    'area_id',
    'area_zh',
    'area_en',
    'unit',
    'qualifier_words',
    'horizon_text',
    'report_id',
    'report_headline',
    'outlet',
    'quote',
    'number_text',
    'nested_in',
    'duplicate_of',
    'overlap_group',
  ]

  it.each(['=', '+', '-', '@', '\t', '\r'])(
    'prefixes every text cell starting with %j, quotes, names and ids included',
    (c) => {
      const [row] = records(hostile(c))
      for (const column of TEXT_COLUMNS) expect(row![column].startsWith(`'${c}`), column).toBe(true)
      expect(row!.quote).toBe(`'${c}1+1,总投资"930"亿元`)
      expect(row!.area_zh).toBe(`'${c}崂山区`)
    },
  )

  it('writes negative numbers in the numeric columns as numbers, not as guarded text', () => {
    const [row] = records(hostile('='))
    expect([row!.value, row!.low]).toEqual(['-3', '-5'])
    expect(Number(row!.value)).toBe(-3)
  })

  it.each([
    [-3, '-3'],
    [-0.5, '-0.5'],
    [-1e-7, '-1e-7'],
    [-Infinity, "'-Infinity"],
    [true, 'true'],
    [null, ''],
    ['-3', "'-3"],
  ] as const)('cellText(%j) is %j', (value, text) => {
    expect(cellText(value)).toBe(text)
  })
})
