import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import type { ManifestEntry, ManifestTransform } from 'workbox-build'

/** The Subresource Integrity value of `bytes` (`sha384-…`, base64), as `fetch` checks it. */
export function sriHash(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`
}

/**
 * Adds each file's SRI hash to its precache entry. Workbox fetches precached files with
 * `integrity`, so the browser rejects any answer whose bytes are not the build's (a captive
 * portal's page, a half-copied `pledges.json`, a proxy's error page with status 200) and the
 * install fails instead of keeping it; the previous version stays in charge.
 */
export function withIntegrity<T extends ManifestEntry>(
  entries: readonly T[],
  read: (url: string) => Uint8Array,
): (T & { integrity: string })[] {
  return entries.map((entry) => ({ ...entry, integrity: sriHash(read(entry.url)) }))
}

/**
 * The manifest transform for vite-plugin-pwa, and a plugin that tells it where the build writes
 * (the e2e tests build a second version into another directory).
 */
export function precacheIntegrity(): { plugin: Plugin; transform: ManifestTransform } {
  let outDir = resolve('dist')
  return {
    plugin: {
      name: 'pledge-map-precache-integrity',
      apply: 'build',
      configResolved(config) {
        outDir = resolve(config.root, config.build.outDir)
      },
    },
    transform: (entries) => ({
      manifest: withIntegrity(entries, (url) => readFileSync(join(outDir, url))),
    }),
  }
}
