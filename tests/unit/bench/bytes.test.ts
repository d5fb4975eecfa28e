import { describe, expect, it } from 'vitest'
import { isDataFile, splitBytes } from '../../../bench/bytes'

const responses = [
  { path: '/index.html', bytes: 700, finishedAt: 1000 },
  { path: '/assets/index-abc.js', bytes: 300_000, finishedAt: 1100 },
  { path: '/geo/districts.geojson', bytes: 20_000, finishedAt: 1200 },
  { path: '/data/pledges.json', bytes: 15_000, finishedAt: 1300 },
  { path: '/reports/000.txt', bytes: 4_000, finishedAt: 2500 },
  { path: '/geo/context.geojson', bytes: 21_000, finishedAt: 2600 },
]

describe('splitBytes', () => {
  it('counts as initial only what finished by map-interactive', () => {
    expect(splitBytes(responses, 1300)).toEqual({
      initialBytes: 335_700,
      dataBytes: 35_000,
      totalBytes: 360_700,
    })
  })

  it('leaves data fetched after the first draw (the neighbouring cities) out of "data"', () => {
    expect(splitBytes(responses, 1300).dataBytes).toBe(35_000)
  })

  it('counts everything as initial when the page never became interactive', () => {
    expect(splitBytes(responses, null).initialBytes).toBe(360_700)
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
