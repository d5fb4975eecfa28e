/** One row of src/data/district-facts.csv. */
export interface DistrictFact {
  nameZh: string
  nameEn: string
  adcode: number
  /** Official land area in km² (the edition chosen is documented in geo/README.md). */
  areaKm2: number
  /** 2020 census resident population. */
  population: number
  source: string
}

/** Splits one CSV line, honouring double-quoted fields with commas and `""` escapes. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"'
      i++
    } else if (ch === '"') quoted = !quoted
    else if (ch === ',' && !quoted) {
      fields.push(field)
      field = ''
    } else field += ch
  }
  fields.push(field)
  return fields
}

/**
 * Parses district-facts.csv (header `name_zh,name_en,adcode,area_km2,population,year,source`).
 * Rows with a non-numeric code, area or population are rejected with their line number.
 */
export function parseDistrictFacts(text: string): DistrictFact[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  return lines.slice(1).map((line, i) => {
    const [nameZh = '', nameEn = '', adcode, area, population, , source = ''] = splitCsvLine(line)
    const fact = {
      nameZh,
      nameEn,
      adcode: Number(adcode),
      areaKm2: Number(area),
      population: Number(population),
      source,
    }
    if (![fact.adcode, fact.areaKm2, fact.population].every(Number.isFinite)) {
      throw new Error(`district-facts.csv line ${i + 2}: expected numeric adcode, area, population`)
    }
    return fact
  })
}
