import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useReportTextStore } from '../../../src/stores/reportTexts'
import { reportOf, stubFetch } from './fixture'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

const TEXT = '崂山区今年实施重点项目'

describe('report text store', () => {
  it('fetches a report text of the length the data was built from', async () => {
    stubFetch({ './reports/r1.txt': TEXT })
    const s = useReportTextStore()
    await s.load(reportOf('r1', TEXT.length))
    expect(s.texts.get('r1')).toBe(TEXT)
  })

  it('refuses a text of another length: every offset would point elsewhere', async () => {
    stubFetch({ './reports/r1.txt': TEXT })
    const s = useReportTextStore()
    await s.load(reportOf('r1', TEXT.length + 1))
    expect([s.texts.has('r1'), s.errors.r1]).toEqual([false, expect.stringContaining('length')])
  })

  it('reports a missing text by its HTTP status', async () => {
    stubFetch({})
    const s = useReportTextStore()
    await s.load(reportOf('r1', TEXT.length))
    expect(s.errors.r1).toBe('HTTP 404')
  })

  it('fetches a text once when two readers ask for it at the same time', async () => {
    const fetch = stubFetch({ './reports/r1.txt': TEXT })
    const s = useReportTextStore()
    const r1 = reportOf('r1', TEXT.length)
    await Promise.all([s.load(r1), s.load(r1)])
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('does not fetch a text it already has', async () => {
    const fetch = stubFetch({ './reports/r1.txt': TEXT })
    const s = useReportTextStore()
    const r1 = reportOf('r1', TEXT.length)
    await s.load(r1)
    await s.load(r1)
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('clears the error when a later attempt succeeds', async () => {
    stubFetch({})
    const s = useReportTextStore()
    const r1 = reportOf('r1', TEXT.length)
    await s.load(r1)
    stubFetch({ './reports/r1.txt': TEXT })
    await s.load(r1)
    expect([s.errors.r1, s.texts.get('r1')]).toEqual([undefined, TEXT])
  })
})
