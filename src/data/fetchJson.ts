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
 * Fetches a same-origin JSON file and parses it with `parse`, turning every failure into a typed
 * {@link LoadError} instead of a thrown exception, so the UI can say exactly what went wrong.
 */
export async function fetchJson<T>(
  url: string,
  parse: (json: unknown) => Parsed<T>,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<T>> {
  let response: Response
  try {
    response = await fetchImpl(url, { credentials: 'same-origin' })
  } catch (err) {
    return { ok: false, error: { kind: 'network', url, detail: String(err) } }
  }
  if (!response.ok) {
    return { ok: false, error: { kind: 'http', url, detail: `HTTP ${response.status}` } }
  }
  let json: unknown
  try {
    json = JSON.parse(await response.text())
  } catch (err) {
    return { ok: false, error: { kind: 'json', url, detail: (err as Error).message } }
  }
  const parsed = parse(json)
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : { ok: false, error: { kind: 'shape', url, detail: parsed.detail } }
}
