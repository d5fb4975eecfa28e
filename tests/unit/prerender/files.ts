import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The app's real data files, as the build's prerender reads them. */
const read = (path: string): string =>
  readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../public', path), 'utf8')

export const GEO_TEXT = read('geo/districts.geojson')
export const PLEDGES_TEXT = read('data/pledges.json')
