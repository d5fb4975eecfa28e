import { readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

/** What the server answers for one path instead of its file. */
export interface Fault {
  status?: number
  body?: string
  contentType?: string
  /** Extra headers, e.g. `{ 'cache-control': 'max-age=31536000' }`. */
  headers?: Record<string, string>
  /** Never answer (the socket stays open until the server closes). */
  hang?: boolean
}

export interface FaultServer {
  /** Where the app is served, with a trailing slash, e.g. `http://127.0.0.1:43121/apps/pledge-map/`. */
  url: string
  origin: string
  /** Faults by path relative to the mount (`data/pledges.json`); change them while it runs. */
  faults: Map<string, Fault>
  /** Every request: path relative to the mount and the `cache-control` header the browser sent. */
  log: { path: string; cacheControl: string }[]
  close: () => Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}

/** Requests one test may make; a runaway loop fails instead of running until the timeout. */
const MAX_REQUESTS = 5_000

/**
 * A static server like the ones the app is deployed behind, with faults a test switches on per
 * path. Like Python's `http.server` it sends no `Cache-Control`, only `Last-Modified` (and answers
 * `If-Modified-Since` with 304), redirects a directory without its trailing slash, and reads
 * files from disk on each request, so a test can deploy into `root` while it runs. Listens on
 * 127.0.0.1 only, on a free port; `close` also ends hung requests.
 */
export async function serveWithFaults(root: string, mount = '/'): Promise<FaultServer> {
  const faults = new Map<string, Fault>()
  const log: FaultServer['log'] = []
  const sockets = new Set<Socket>()

  function handle(req: IncomingMessage, res: ServerResponse) {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (log.length >= MAX_REQUESTS) return void res.writeHead(429).end()
    if (path === mount.replace(/\/$/, '')) {
      return void res.writeHead(301, { location: mount }).end()
    }
    if (!path.startsWith(mount)) return void res.writeHead(404).end('not found')
    const rel = path.slice(mount.length)
    log.push({ path: rel, cacheControl: String(req.headers['cache-control'] ?? '') })
    const fault = faults.get(rel)
    if (fault?.hang) return
    if (fault) {
      res.writeHead(fault.status ?? 200, {
        'content-type': fault.contentType ?? 'text/html; charset=utf-8',
        ...fault.headers,
      })
      return void res.end(fault.body ?? '')
    }
    const file = normalize(join(root, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel))
    if (!file.startsWith(normalize(root) + sep)) return void res.writeHead(403).end()
    let stat
    try {
      stat = statSync(file)
      if (!stat.isFile()) throw new Error('not a file')
    } catch {
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
    const modified = new Date(Math.floor(stat.mtimeMs / 1000) * 1000)
    const since = Date.parse(String(req.headers['if-modified-since'] ?? ''))
    if (!Number.isNaN(since) && modified.getTime() <= since) return void res.writeHead(304).end()
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': stat.size,
      'last-modified': modified.toUTCString(),
    })
    res.end(readFileSync(file))
  }

  const server = createServer(handle)
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('fault server has no port')
  const origin = `http://127.0.0.1:${address.port}`
  return {
    url: `${origin}${mount}`,
    origin,
    faults,
    log,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
