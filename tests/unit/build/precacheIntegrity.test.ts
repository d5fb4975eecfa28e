import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sriHash, withIntegrity } from '../../../build/precacheIntegrity'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('sriHash', () => {
  it('is the SHA-384 Subresource Integrity value of the bytes', () => {
    // The hash of "alert('Hello, world.');" from the SRI specification's example.
    expect(sriHash(bytes("alert('Hello, world.');"))).toBe(
      'sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO',
    )
  })

  it('differs for a file cut short', () => {
    const json = '{"reports":[1,2,3]}'
    expect(sriHash(bytes(json.slice(0, 10)))).not.toBe(sriHash(bytes(json)))
  })
})

describe('withIntegrity', () => {
  it('adds each file’s hash to its entry and keeps url, revision and size', () => {
    const files: Record<string, string> = { 'index.html': '<!doctype html>', 'assets/a-1.js': 'x' }
    const entries = [
      { url: 'index.html', revision: 'abc', size: 15 },
      { url: 'assets/a-1.js', revision: null, size: 1 },
    ]
    const out = withIntegrity(entries, (url) => bytes(files[url]!))
    expect(out).toEqual([
      { ...entries[0], integrity: sriHash(bytes('<!doctype html>')) },
      { ...entries[1], integrity: sriHash(bytes('x')) },
    ])
    expect(out[1]!.integrity).toBe(`sha384-${createHash('sha384').update('x').digest('base64')}`)
  })
})
