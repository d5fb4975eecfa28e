import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../src/data/csv'
import { parsePledges } from '../../../src/data/parsePledges'
import { BOM, FIGURE_COLUMNS, csvField, figuresCsv } from '../../../src/export/figuresCsv'
import { dataWith, fig } from '../../fixtures/pledges/figures'

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
    const csv = figuresCsv([], [], [])
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
    const rows = parseCsv(figuresCsv(data.figures, data.areas, data.reports).slice(1))
    expect(rows[0]).toEqual([...FIGURE_COLUMNS])
    const records = rows
      .slice(1)
      .map((r) => Object.fromEntries(FIGURE_COLUMNS.map((c, i) => [c, r[i]])))
    expect(records).toHaveLength(2)
    expect(records[0]).toMatchObject({
      figure_id: 'f1',
      value: '930',
      quote: '总投资930亿元，"334个"项目',
      quote_start: '5',
      quote_end: '20',
      unit: '亿元',
    })
    expect(records[1]).toMatchObject({ figure_id: 'f2', area_id: '', low: '10' })
  })

  it('round-trips every figure of the real data: ids, values, quotes and offsets', () => {
    const raw = JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as unknown
    const parsed = parsePledges(raw)
    if (!parsed.ok) throw new Error('pledges.json does not parse')
    const data = parsed.value
    const rows = parseCsv(figuresCsv(data.figures, data.areas, data.reports).slice(1)).slice(1)
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
})
