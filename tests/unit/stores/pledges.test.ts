import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useFilterStore } from '../../../src/stores/filter'
import { PLEDGES_URL, usePledgeStore } from '../../../src/stores/pledges'
import { pledgeJson, stubFetch } from './fixture'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

describe('pledge store', () => {
  it('has no headlines before the data is loaded', () => {
    const p = usePledgeStore()
    expect([p.status, p.data, p.headlines]).toEqual(['idle', null, {}])
  })

  it('loads pledges.json and is ready', async () => {
    stubFetch({ [PLEDGES_URL]: pledgeJson() })
    const p = usePledgeStore()
    await p.load()
    expect([p.status, p.error, p.data?.figures.length]).toEqual(['ready', null, 3])
  })

  it("computes each area's headline from the latest report", async () => {
    stubFetch({ [PLEDGES_URL]: pledgeJson() })
    const p = usePledgeStore()
    await p.load()
    expect(p.headlines.d?.investment?.value).toBe(930)
  })

  it('gives an area without a figure no headline rather than zero', async () => {
    stubFetch({ [PLEDGES_URL]: pledgeJson() })
    const p = usePledgeStore()
    await p.load()
    expect(p.headlines.z?.investment).toBeNull()
  })

  it('computes the headlines of the report the filter chose', async () => {
    stubFetch({ [PLEDGES_URL]: pledgeJson() })
    const p = usePledgeStore()
    await p.load()
    useFilterStore().report = 'r1'
    expect(p.headlines.d?.investment?.value).toBe(120)
  })

  it('looks areas up by id and lists the zones', async () => {
    stubFetch({ [PLEDGES_URL]: pledgeJson() })
    const p = usePledgeStore()
    await p.load()
    expect([p.areasById.get('z')?.parentId, p.zones.map((z) => z.id)]).toEqual(['d', ['z']])
  })

  it('reports a missing file as an HTTP error', async () => {
    stubFetch({})
    const p = usePledgeStore()
    await p.load()
    expect([p.status, p.error?.kind, p.data]).toEqual(['error', 'http', null])
  })

  it('refuses a file of the wrong shape', async () => {
    stubFetch({ [PLEDGES_URL]: { ...pledgeJson(), figures: 'none' } })
    const p = usePledgeStore()
    await p.load()
    expect([p.status, p.error?.kind]).toEqual(['error', 'shape'])
  })

  it('refuses a file that is not JSON', async () => {
    stubFetch({ [PLEDGES_URL]: '{"reports": [' })
    const p = usePledgeStore()
    await p.load()
    expect(p.error?.kind).toBe('json')
  })
})

describe('pledge store retry', () => {
  it('fetches past the HTTP cache', async () => {
    const fetch = stubFetch({ [PLEDGES_URL]: pledgeJson() })
    await usePledgeStore().load('retry')
    expect(fetch.mock.calls[0]).toEqual([
      PLEDGES_URL,
      expect.objectContaining({ cache: 'no-store' }),
    ])
  })
})
