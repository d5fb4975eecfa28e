import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  distanceMetres,
  measureMisalignment,
  median,
  ringCentroid,
} from '../../../geo/alignment.ts'
import { selectDistricts } from '../../../geo/pipeline.ts'
import { parseEchartsCity } from '../../../geo/source.ts'
import { removeConsecutiveDuplicates } from '../../../geo/steps/dedupe.ts'
import { OSM_REFERENCE, QINGDAO_SOURCE, readCollection } from './helpers.ts'

/** Thresholds: the datum error is ~500 m, the source grid ~90 m; aligned means well under both. */
const ALIGNED_METRES = 250
const MISALIGNED_METRES = 400

describe('alignment helpers', () => {
  it('measures one degree of latitude as about 111 km', () => {
    expect(distanceMetres([120, 36], [120, 37])).toBeCloseTo(111_195, -2)
  })

  it('finds the centroid of a square', () => {
    expect(
      ringCentroid([
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ]),
    ).toEqual([1, 1])
  })

  it('takes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})

describe('alignment with OpenStreetMap', () => {
  const reference = readCollection(OSM_REFERENCE)

  it('the reference fixture carries the ODbL attribution', () => {
    const header: unknown = JSON.parse(readFileSync(OSM_REFERENCE, 'utf8'))
    expect(header).toMatchObject({
      attribution: expect.stringContaining('© OpenStreetMap contributors, ODbL 1.0'),
    })
  })

  it(`published districts sit < ${ALIGNED_METRES} m from OSM; raw source > ${MISALIGNED_METRES} m`, () => {
    const published = measureMisalignment(readCollection('public/geo/districts.geojson'), reference)
    const source = parseEchartsCity(readFileSync(QINGDAO_SOURCE, 'utf8'))
    const raw = measureMisalignment(removeConsecutiveDuplicates(selectDistricts(source)), reference)
    console.log(
      `island misalignment, median of ${published.distancesMetres.length} matches: ` +
        `raw source ${raw.medianMetres.toFixed(0)} m → published ${published.medianMetres.toFixed(0)} m`,
    )
    expect(published.distancesMetres.length).toBeGreaterThanOrEqual(10)
    expect(published.medianMetres).toBeLessThan(ALIGNED_METRES)
    expect(raw.medianMetres).toBeGreaterThan(MISALIGNED_METRES)
  })
})
