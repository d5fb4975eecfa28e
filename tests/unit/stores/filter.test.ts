import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useFilterStore } from '../../../src/stores/filter'

beforeEach(() => setActivePinia(createPinia()))

describe('filter store', () => {
  it('counts every report, year and horizon at first', () => {
    const f = useFilterStore()
    expect([f.report, f.year, f.horizon]).toEqual([null, null, 'all'])
  })
})
