import type { Parsed } from './parse'

/** Why a data file could not be used; each kind gets its own message in the UI. */
export type LoadErrorKind = 'network' | 'http' | 'json' | 'shape'

export interface LoadError {
  kind: LoadErrorKind
  url: string
  /** Technical detail (HTTP status, parser message, the first shape problem). */
  detail: string
}

export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: LoadError }

/**
 * How a data file is fetched. A first load revalidates (`no-cache`: the browser may reuse its
 * copy only after the server answers 304), so a deploy's data arrives even behind a server that
 * sends no `Cache-Control` (Python's http.server: the browser would otherwise guess a freshness
 * from `Last-Modified`). A retry bypasses the HTTP cache altogether (`no-store`): the answer that
 * failed may be stored there with a long `max-age` (a captive portal's page), and no validator of
 * it can be trusted.
 */
export type FetchMode = 'load' | 'retry'

const CACHE_MODES: Record<FetchMode, RequestCache> = {
  load: 'no-cache',
  retry: 'no-store',
}

/**
 * Fetches a same-origin JSON file and parses it with `parse`, turning every failure into a typed
 * {@link LoadError} instead of a thrown exception, so the UI can say exactly what went wrong.
 *
 * A bad answer on a first load is fetched once more with `no-store` before it is reported: it may
 * be a stored one that `no-cache` never reached. index.html preloads the data files
 * (`<link rel="preload">`, fetched with the default cache mode), and a `fetch` takes the
 * preload's answer, so without a service worker a captive portal's page kept for a year in the
 * HTTP cache would come back on every visit.
 */
export async function fetchJson<T>(
  url: string,
  parse: (json: unknown) => Parsed<T>,
  mode: FetchMode = 'load',
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<T>> {
  const first = await fetchOnce(url, parse, CACHE_MODES[mode], fetchImpl)
  if (first.ok || mode === 'retry' || first.error.kind === 'network') return first
  return fetchOnce(url, parse, CACHE_MODES.retry, fetchImpl)
}

async function fetchOnce<T>(
  url: string,
  parse: (json: unknown) => Parsed<T>,
  cache: RequestCache,
  fetchImpl: typeof fetch,
): Promise<LoadResult<T>> {
  let response: Response
  try {
    response = await fetchImpl(url, { credentials: 'same-origin', cache })
  } catch (err) {
    return { ok: false, error: { kind: 'network', url, detail: String(err) } }
  }
  if (!response.ok) {
    return {
      ok: false,
      error: { kind: 'http', url, detail: `HTTP ${response.status}` },
    }
  }
  let json: unknown
  try {
    json = JSON.parse(await response.text())
  } catch (err) {
    return {
      ok: false,
      error: { kind: 'json', url, detail: (err as Error).message },
    }
  }
  const parsed = parse(json)
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : { ok: false, error: { kind: 'shape', url, detail: parsed.detail } }
}
