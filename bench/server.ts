import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { ServedResponse } from './types'

/** Static precompression level, like `gzip -9` files served by nginx `gzip_static`. */
export const GZIP_LEVEL = 9

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
}

/** Content type for a file name; unknown extensions are served as bytes. */
export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/** Text-like types are worth compressing; images and fonts are compressed already. */
export function isCompressible(type: string): boolean {
  return /^(text\/|application\/(json|geo\+json|manifest\+json|x-protobuf)|image\/svg)/.test(type)
}

/** URL prefix → directory on disk. The longest matching prefix wins. */
export type Mounts = Record<string, string>

/** File on disk for a URL path, or null when it would leave its mount (`..`). */
export function resolvePath(mounts: Mounts, urlPath: string): string | null {
  const prefix = Object.keys(mounts)
    .filter((p) => urlPath === p.replace(/\/$/, '') || urlPath.startsWith(p))
    .sort((a, b) => b.length - a.length)[0]
  if (prefix === undefined) return null
  const root = normalize(mounts[prefix] ?? '')
  let rest = decodeURIComponent(urlPath.slice(prefix.length))
  if (rest === '' || rest.endsWith('/')) rest += 'index.html'
  const file = normalize(join(root, rest))
  return file === root || file.startsWith(root + sep) ? file : null
}

/**
 * Whether a request comes from the service worker: its own script, or a fetch it makes (the
 * offline cache filling itself after the first draw), whose referrer is the worker's script.
 */
export function fromServiceWorker(headers: IncomingMessage['headers']): boolean {
  if (headers['service-worker'] === 'script') return true
  const referer = headers.referer
  return typeof referer === 'string' && /\/sw\.js(\?|$)/.test(referer)
}

/** A running bench server and the responses it has sent since the last `drain()`. */
export interface BenchServer {
  origin: string
  drain(): ServedResponse[]
  /** Requests received and not yet answered, and the epoch ms of the last request or response. */
  activity(): { inFlight: number; lastAt: number }
  close(): Promise<void>
}

/**
 * Serves `mounts` on 127.0.0.1 with gzip (when accepted) and `no-store`, counting the body bytes
 * of every response so that "bytes transferred" is what went over the wire.
 */
export async function startServer(mounts: Mounts): Promise<BenchServer> {
  const cache = new Map<string, { raw: Buffer; gzip: Buffer }>()
  let log: ServedResponse[] = []
  let inFlight = 0
  let lastAt = Date.now()

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    const serviceWorker = fromServiceWorker(req.headers)
    const file = resolvePath(mounts, path)
    const info = file ? await stat(file).catch(() => null) : null
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      log.push({ path, bytes: 9, finishedAt: Date.now(), serviceWorker })
      return
    }
    let entry = cache.get(file)
    if (!entry) {
      const raw = await readFile(file)
      entry = { raw, gzip: gzipSync(raw, { level: GZIP_LEVEL }) }
      cache.set(file, entry)
    }
    const type = contentType(file)
    const gzip = isCompressible(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))
    const body = gzip ? entry.gzip : entry.raw
    const headers: Record<string, string | number> = {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-store',
    }
    if (gzip) headers['content-encoding'] = 'gzip'
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : body, () => {
      const bytes = req.method === 'HEAD' ? 0 : body.length
      log.push({ path, bytes, finishedAt: Date.now(), serviceWorker })
    })
  }

  const server: Server = createServer((req, res) => {
    inFlight += 1
    lastAt = Date.now()
    res.on('close', () => {
      inFlight -= 1
      lastAt = Date.now()
    })
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500).end(String(err))
    })
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    origin: `http://127.0.0.1:${port}`,
    drain() {
      const out = log
      log = []
      return out
    },
    activity: () => ({ inFlight, lastAt }),
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok())
        server.closeAllConnections()
      }),
  }
}
