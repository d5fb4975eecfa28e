import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { csvLine, csvRecords, parseCsv } from '../../../src/data/csv'
import { parseDistrictFacts } from '../../../src/data/districtFacts'

describe('parseCsv', () => {
  it.each([
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,"b, c"\r\n"x ""y""",2',
      [
        ['a', 'b, c'],
        ['x "y"', '2'],
      ],
    ],
    ['a\n"multi\nline"', [['a'], ['multi\nline']]],
  ])('parses %j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows)
  })
  it('keys records by the header', () => {
    expect(csvRecords('x,y\n1,2\n\n')).toEqual([{ x: '1', y: '2' }])
  })
})

describe('csvLine', () => {
  it('quotes only the fields that need it and reads back as written', () => {
    const fields = ['plain', 'a, b', 'say "hi"', 'two\nlines', '']
    const line = csvLine(fields)
    expect(line).toBe('plain,"a, b","say ""hi""","two\nlines",')
    expect(parseCsv(line)).toEqual([fields])
  })
})

describe('district facts', () => {
  const facts = parseDistrictFacts(readFileSync('geo/facts/district-facts.csv', 'utf8'))
  it('has the ten districts, whose census populations add up to the city total', () => {
    expect(facts.size).toBe(10)
    const total = [...facts.values()].reduce((s, f) => s + f.population, 0)
    expect(total).toBe(10_071_722)
  })
  it('rejects a row without numbers, naming its line', () => {
    const header = 'name_zh,name_en,adcode,area_km2,population,year,source'
    expect(() => parseDistrictFacts(`${header}\nx,y,z,,,,`)).toThrow(/line 2/)
  })
  it('uses the current code of 即墨区', () => {
    expect(facts.get(370215)?.population).toBe(1_336_077)
    expect(facts.has(370282)).toBe(false)
  })
})
