import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentType, fromServiceWorker, isCompressible, resolvePath } from '../../../bench/server'

const mounts = { '/': '/srv/dist', '/peer/': '/srv/peer' }

describe('resolvePath', () => {
  it.each([
    ['/', join('/srv/dist', 'index.html')],
    ['/geo/districts.geojson', join('/srv/dist', 'geo/districts.geojson')],
    ['/peer/', join('/srv/peer', 'index.html')],
    ['/peer/assets/index.js', join('/srv/peer', 'assets/index.js')],
  ])('maps %s to %s, the longest mount first', (url, file) => {
    expect(resolvePath(mounts, url)).toBe(file)
  })

  it('refuses paths that climb out of their mount', () => {
    expect(resolvePath(mounts, '/peer/../../etc/passwd')).toBeNull()
    expect(resolvePath(mounts, '/%2e%2e/etc/passwd')).toBeNull()
  })
})

describe('contentType', () => {
  it.each([
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['d.geojson', 'application/geo+json; charset=utf-8'],
    ['p.json', 'application/json; charset=utf-8'],
    ['s.css', 'text/css; charset=utf-8'],
    ['i.svg', 'image/svg+xml'],
    ['m.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['x.bin', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentType(file)).toBe(type)
  })
})

describe('isCompressible', () => {
  it('compresses text, JSON and SVG but not PNG', () => {
    expect(isCompressible(contentType('d.geojson'))).toBe(true)
    expect(isCompressible(contentType('i.svg'))).toBe(true)
    expect(isCompressible(contentType('i.png'))).toBe(false)
  })
})

describe('fromServiceWorker', () => {
  it.each([
    [{ 'service-worker': 'script' }, true],
    [{ referer: 'http://127.0.0.1:4000/sw.js' }, true],
    [{ referer: 'http://127.0.0.1:4000/' }, false],
    [{ referer: 'http://127.0.0.1:4000/assets/sw.js-notes.txt' }, false],
    [{}, false],
  ])('%o → %s', (headers, expected) => {
    expect(fromServiceWorker(headers)).toBe(expected)
  })
})
