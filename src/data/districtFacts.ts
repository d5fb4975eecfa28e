import { csvRecords } from './csv'

/** Official figures for one district, from `district-facts.csv` (sources in its last column). */
export interface DistrictFacts {
  adcode: number
  nameZh: string
  nameEn: string
  officialAreaKm2: number
  /** Resident population, 7th national census (2020-11-01). */
  population: number
  source: string
}

/** The city total row (370200): a check on the districts, not a district. */
const CITY_TOTAL = 370200

/**
 * Parses the district facts CSV into records keyed by administrative code: for the geo tests
 * (official areas) and scripts/populations.ts, which writes the app's population table from it. A row without numeric code,
 * area or population is an error naming its line: the file is data we ship, not user input.
 */
export function parseDistrictFacts(text: string): Map<number, DistrictFacts> {
  const facts = new Map<number, DistrictFacts>()
  csvRecords(text).forEach((r, i) => {
    const fact: DistrictFacts = {
      adcode: Number(r.adcode),
      nameZh: r.name_zh ?? '',
      nameEn: r.name_en ?? '',
      officialAreaKm2: Number(r.area_km2),
      population: Number(r.population),
      source: r.source ?? '',
    }
    const numbers = [fact.adcode, fact.officialAreaKm2, fact.population]
    if (!numbers.every((n) => Number.isFinite(n) && n > 0)) {
      throw new Error(`district-facts.csv line ${i + 2}: expected numeric adcode, area, population`)
    }
    if (fact.adcode !== CITY_TOTAL) facts.set(fact.adcode, fact)
  })
  return facts
}
