import { describe, expect, it, vi } from 'vitest'
import { fetchJson } from '../../../src/data/fetchJson'
import type { Parsed } from '../../../src/data/parse'

const asIs = (json: unknown): Parsed<unknown> => ({ ok: true, value: json })

/** A fetch that answers every request with `body` and records the cache mode it was asked for. */
function recording(body: string, status = 200) {
  return vi.fn<typeof fetch>(async () => new Response(body, { status }))
}

describe('fetchJson', () => {
  it('revalidates on a first load, so a server without Cache-Control cannot keep old data', async () => {
    const fetch = recording('{}')
    await fetchJson('./data/x.json', asIs, 'load', fetch)
    expect(fetch.mock.calls[0]?.[1]?.cache).toBe('no-cache')
  })

  it('goes past the HTTP cache on a retry, where the bad answer may be stored', async () => {
    const fetch = recording('{}')
    await fetchJson('./data/x.json', asIs, 'retry', fetch)
    expect(fetch.mock.calls[0]?.[1]?.cache).toBe('no-store')
  })

  it('fetches a bad first answer once more past the HTTP cache, where it may be stored', async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(new Response('<!doctype html><p>sign in</p>'))
      .mockResolvedValueOnce(new Response('{"a": 1}'))
    const result = await fetchJson('./data/x.json', asIs, 'load', fetch)
    expect(fetch.mock.calls.map((c) => c[1]?.cache)).toEqual(['no-cache', 'no-store'])
    expect(result).toEqual({ ok: true, value: { a: 1 } })
  })

  it('does not fetch again when the network is down', async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockRejectedValue(new TypeError('Failed to fetch'))
    await fetchJson('./data/x.json', asIs, 'load', fetch)
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['a captive portal page', '<!doctype html><p>sign in</p>', 200, 'json'],
    ['a half-copied file', '{"areas": [{"id": "shin', 200, 'json'],
    ['a server error', 'oops', 503, 'http'],
  ])('reports %s as a %s error', async (_, body, status, kind) => {
    const result = await fetchJson('./data/x.json', asIs, 'load', recording(body, status))
    expect(result.ok ? null : result.error.kind).toBe(kind)
  })
})
