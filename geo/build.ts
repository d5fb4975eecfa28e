/**
 * Thin script behind `npm run build:geo`: reads the source files, runs the pure pipeline and
 * writes public/geo/districts.geojson and public/geo/context.geojson. See geo/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { CONTEXT_CITIES } from './districts.ts'
import { buildGeo } from './pipeline.ts'
import { ECHARTS_CITY_DIR, parseEchartsCity } from './source.ts'
const OUT_DIR = 'public/geo'

function readCity(file: string) {
  return parseEchartsCity(readFileSync(`${ECHARTS_CITY_DIR}/${file}.geojson`, 'utf8'))
}

function write(name: string, text: string): void {
  const path = `${OUT_DIR}/${name}`
  writeFileSync(path, text)
  const kb = (n: number) => (n / 1024).toFixed(1)
  const gz = gzipSync(text, { level: 9 }).length
  console.log(`${path}: ${kb(Buffer.byteLength(text))} KB raw, ${kb(gz)} KB gzip`)
}

mkdirSync(OUT_DIR, { recursive: true })
const geo = await buildGeo(
  readCity('shan1_dong1_qing1_dao3'),
  CONTEXT_CITIES.map((c) => readCity(c.file)),
)
write('districts.geojson', geo.districtsText)
for (const f of geo.districts.features) {
  console.log(`  ${f.properties.id.padEnd(10)} ${f.properties.areaKm2} km²`)
}
write('context.geojson', geo.contextText)
