import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { FileSize } from './report'
import { GZIP_LEVEL } from './server'

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]),
    ),
  )
  return nested.flat()
}

/** Raw and gzip size (the bench server's level) of every file under `dir`, paths relative to it. */
export async function fileSizes(dir: string): Promise<FileSize[]> {
  const files = await walk(dir)
  return Promise.all(
    files.map(async (file) => {
      const raw = await readFile(file)
      return {
        path: relative(dir, file).split(sep).join('/'),
        bytes: raw.length,
        gzipBytes: gzipSync(raw, { level: GZIP_LEVEL }).length,
      }
    }),
  )
}
