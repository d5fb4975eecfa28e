import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDistrictFacts } from '../../../src/data/districtFacts'
import { POPULATION_BY_ADCODE } from '../../../src/data/populationTable'

describe('POPULATION_BY_ADCODE', () => {
  it('is the population column of district-facts.csv (run scripts/populations.ts after a change)', () => {
    const facts = parseDistrictFacts(readFileSync('geo/facts/district-facts.csv', 'utf8'))
    const fromCsv = Object.fromEntries([...facts.values()].map((f) => [f.adcode, f.population]))
    expect(POPULATION_BY_ADCODE).toEqual(fromCsv)
    expect(Object.keys(POPULATION_BY_ADCODE)).toHaveLength(10)
  })
})
