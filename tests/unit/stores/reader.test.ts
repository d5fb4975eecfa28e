import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useReaderStore, type ReaderTarget } from '../../../src/stores/reader'

beforeEach(() => setActivePinia(createPinia()))

const passage: ReaderTarget = { reportId: 'r1', start: 4, end: 20, numberStart: 8, numberEnd: 11 }

describe('reader store', () => {
  it('is closed at first', () => {
    expect(useReaderStore().target).toBeNull()
  })

  it('opens on a passage of a report', () => {
    const reader = useReaderStore()
    reader.open(passage)
    expect(reader.target).toEqual(passage)
  })

  it('shows the last passage asked for', () => {
    const reader = useReaderStore()
    reader.open(passage)
    reader.open({ ...passage, reportId: 'r2' })
    expect(reader.target?.reportId).toBe('r2')
  })

  it('closes', () => {
    const reader = useReaderStore()
    reader.open(passage)
    reader.close()
    expect(reader.target).toBeNull()
  })
})
