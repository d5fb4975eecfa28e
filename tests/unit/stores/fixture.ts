/**
 * A small pledges.json for the store tests, built from the hand-made figures of
 * tests/fixtures/pledges (district `d` with zone `z`, reports r1 2022 and r2 2023), and a `fetch`
 * stub that serves it the way the browser would.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { vi } from 'vitest'
import { dataWith, fig } from '../../fixtures/pledges/figures'
import type { PledgeData, Report } from '../../../src/types/pledge'

export function pledgeJson(): PledgeData {
  return {
    ...dataWith([
      fig({ id: 'f1', areaId: 'd', metric: 'investment', value: 930, reportId: 'r2' }),
      fig({ id: 'f2', areaId: 'd', metric: 'investment', value: 120, reportId: 'r1' }),
      fig({ id: 'f3', areaId: 'z', metric: 'projectCount', value: 12, reportId: 'r2' }),
    ]),
    commitments: [],
    problems: [],
  }
}

/** Serves `bodies[url]` (a string as is, anything else as JSON); other URLs get a 404. */
export function stubFetch(bodies: Record<string, unknown>) {
  const fetch = vi.fn(async (url: string) => {
    if (!(url in bodies)) return new Response('not found', { status: 404 })
    const body = bodies[url]
    return new Response(typeof body === 'string' ? body : JSON.stringify(body))
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

export function reportOf(id: string, length: number): Report {
  const r = pledgeJson().reports.find((x) => x.id === id)!
  return { ...r, length }
}

/** The committed build outputs, served as the app fetches them (for stores that need real areas). */
export function stubBuiltFiles() {
  // A path, not `new URL(…, import.meta.url)`: under happy-dom `URL` is the page's, not Node's.
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public')
  const read = (path: string) => readFileSync(resolve(root, path), 'utf8')
  return stubFetch({
    './geo/districts.geojson': read('geo/districts.geojson'),
    './data/pledges.json': read('data/pledges.json'),
  })
}
