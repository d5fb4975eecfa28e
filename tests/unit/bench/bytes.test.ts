import { describe, expect, it } from 'vitest'
import { bytesBefore, isDataFile, splitBytes } from '../../../bench/bytes'

const responses = [
  { path: '/index.html', bytes: 700, finishedAt: 1000 },
  { path: '/assets/index-abc.js', bytes: 150_000, finishedAt: 1100 },
  { path: '/geo/districts.geojson', bytes: 20_000, finishedAt: 1200 },
  { path: '/data/pledges.json', bytes: 15_000, finishedAt: 1300 },
  { path: '/assets/createMap-abc.js', bytes: 290_000, finishedAt: 2000 },
  { path: '/reports/000.txt', bytes: 4_000, finishedAt: 2500 },
  { path: '/geo/context.geojson', bytes: 21_000, finishedAt: 2600 },
  { path: '/sw.js', bytes: 6_000, finishedAt: 2700, serviceWorker: true },
  { path: '/assets/createMap-abc.js', bytes: 290_000, finishedAt: 2800, serviceWorker: true },
]

describe('bytesBefore', () => {
  it('sums the responses finished by the time, that one included', () => {
    expect(bytesBefore(responses, 1200)).toBe(170_700)
    expect(bytesBefore(responses, 999)).toBe(0)
  })

  it('can count only some files', () => {
    expect(bytesBefore(responses, 1300, isDataFile)).toBe(35_000)
  })
})

describe('splitBytes', () => {
  it('counts as initial only what finished by the cut-off (select-ready: before MapLibre)', () => {
    expect(splitBytes(responses, 1300)).toEqual({
      initialBytes: 185_700,
      dataBytes: 35_000,
      totalBytes: 500_700,
      offlineCacheBytes: 296_000,
    })
  })

  it('leaves data fetched after the cut-off (the neighbouring cities) out of "data"', () => {
    expect(splitBytes(responses, 2000).dataBytes).toBe(35_000)
  })

  it("keeps the service worker's offline cache out of the page's transfer", () => {
    const split = splitBytes(responses, 3000)
    expect(split.initialBytes).toBe(500_700)
    expect(split.totalBytes).toBe(500_700)
  })

  it('has no initial transfer, rather than all of it, when the cut-off never came', () => {
    expect(splitBytes(responses, null)).toEqual({
      initialBytes: null,
      dataBytes: null,
      totalBytes: 500_700,
      offlineCacheBytes: 296_000,
    })
  })
})

describe('isDataFile', () => {
  it.each([
    ['/geo/districts.geojson', true],
    ['/data/pledges.json', true],
    ['/manifest.webmanifest', false],
    ['/assets/index-abc.js', false],
  ])('%s → %s', (path, expected) => {
    expect(isDataFile(path)).toBe(expected)
  })
})
