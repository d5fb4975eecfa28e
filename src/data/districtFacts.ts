import factsCsv from './district-facts.csv?raw'
import { csvRecords } from './csv'

/** Official figures for one district, from `district-facts.csv` (sources in its last column). */
export interface DistrictFacts {
  adcode: number
  officialAreaKm2: number
  /** Resident population, 7th national census (2020-11-01). */
  population: number
  source: string
}

/** Parses the district facts CSV into records keyed by administrative code. */
export function parseDistrictFacts(text: string): Map<number, DistrictFacts> {
  const facts = new Map<number, DistrictFacts>()
  for (const r of csvRecords(text)) {
    const adcode = Number(r.adcode)
    const population = Number(r.population)
    const area = Number(r.area_km2)
    // The city total row (370200) is not a district.
    if (!Number.isInteger(adcode) || adcode === 370200 || !(population > 0)) continue
    facts.set(adcode, {
      adcode,
      officialAreaKm2: area,
      population,
      source: r.source ?? '',
    })
  }
  return facts
}

export const DISTRICT_FACTS = parseDistrictFacts(factsCsv)
