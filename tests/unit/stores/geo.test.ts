import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { GEO_URLS, useGeoStore } from '../../../src/stores/geo'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

const districts = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/geo/districts.geojson'),
  'utf8',
)

/** Answers `bodies[url]` (404 otherwise) and records each URL with its cache mode. */
function stub(bodies: Record<string, string>) {
  const calls: string[] = []
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    calls.push(`${url} ${init?.cache}`)
    return url in bodies ? new Response(bodies[url]) : new Response('', { status: 404 })
  })
  return calls
}

describe('geo store', () => {
  it('retries only what failed, past the HTTP cache', async () => {
    const calls = stub({ [GEO_URLS.districts]: districts })
    const geo = useGeoStore()
    await geo.load()
    await geo.loadContext()
    expect(geo.errors.map((e) => e.url)).toEqual([GEO_URLS.context])
    await geo.retry()
    expect(calls).toEqual([
      `${GEO_URLS.districts} no-cache`,
      `${GEO_URLS.context} no-cache`,
      `${GEO_URLS.context} no-store`,
      `${GEO_URLS.context} no-store`,
    ])
  })

  it('keeps one message per file through retries', async () => {
    stub({})
    const geo = useGeoStore()
    await geo.load()
    await geo.retry()
    await geo.retry()
    expect(geo.errors.map((e) => e.url)).toEqual([GEO_URLS.districts])
  })

  it('clears the message of a file that loads on retry', async () => {
    stub({})
    const geo = useGeoStore()
    await geo.load()
    stub({ [GEO_URLS.districts]: districts })
    await geo.retry()
    expect([geo.status, geo.errors]).toEqual(['ready', []])
  })
})
