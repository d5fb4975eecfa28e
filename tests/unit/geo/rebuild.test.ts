import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONTEXT_CITIES } from '../../../geo/districts.ts'
import { buildGeo } from '../../../geo/pipeline.ts'
import { ECHARTS_CITY_DIR, parseEchartsCity } from '../../../geo/source.ts'

const readCity = (file: string) =>
  parseEchartsCity(readFileSync(`${ECHARTS_CITY_DIR}/${file}.geojson`, 'utf8'))

// The build must be deterministic: a rebuild reproduces the committed bytes, so any change to a
// step or parameter shows up as a reviewable diff of public/geo, never as silent drift.
describe('rebuilding reproduces the committed files byte for byte', () => {
  it('districts.geojson and context.geojson', async () => {
    const geo = await buildGeo(
      readCity('shan1_dong1_qing1_dao3'),
      CONTEXT_CITIES.map((c) => readCity(c.file)),
    )
    expect(geo.districtsText).toBe(readFileSync('public/geo/districts.geojson', 'utf8'))
    expect(geo.contextText).toBe(readFileSync('public/geo/context.geojson', 'utf8'))
  })
})
