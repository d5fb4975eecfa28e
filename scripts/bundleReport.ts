/**
 * The bundle report behind `npm run analyze`: which modules the browser must download before the
 * app can start (the entry chunk and everything it imports statically) and which wait in lazy
 * chunks, with the gzip size of each module's rendered code. Pure over a bundle summary, so it is
 * tested without a build; scripts/analyze.ts feeds it from the build's `generateBundle`.
 */
import { gzipSync } from 'node:zlib'

/** What the report needs of one output chunk (a subset of Rollup/Rolldown's `OutputChunk`). */
export interface ChunkSummary {
  fileName: string
  isEntry: boolean
  code: string
  imports: readonly string[]
  dynamicImports: readonly string[]
  modules: Readonly<Record<string, { code: string | null }>>
  /** The stylesheets Vite loads with this chunk (`viteMetadata.importedCss`), by file name. */
  css?: readonly string[]
}

export interface ModuleSize {
  /** The module id shortened to the package name or the path under the project. */
  module: string
  gzip: number
}

export interface ChunkReport {
  fileName: string
  /** True when the chunk is the entry or reached from it by static imports only. */
  initial: boolean
  gzip: number
  /** The gzip size of the stylesheets loaded with the chunk. */
  cssGzip: number
  modules: ModuleSize[]
}

export const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length

/** `…/node_modules/@vue/runtime-core/dist/x.js` → `@vue/runtime-core`; project paths relative. */
export function moduleName(id: string, root: string): string {
  const clean = id.replace(/\?.*$/, '').replace(/^\0/, '')
  const nm = clean.lastIndexOf('/node_modules/')
  if (nm >= 0) {
    const parts = clean.slice(nm + '/node_modules/'.length).split('/')
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!
  }
  return clean.startsWith(root) ? clean.slice(root.length).replace(/^\//, '') : clean
}

/** The file names of the entry chunks and every chunk they reach through static imports. */
export function initialChunks(chunks: readonly ChunkSummary[]): Set<string> {
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const seen = new Set<string>()
  const visit = (name: string) => {
    if (seen.has(name)) return
    seen.add(name)
    byName.get(name)?.imports.forEach(visit)
  }
  chunks.filter((c) => c.isEntry).forEach((c) => visit(c.fileName))
  return seen
}

/**
 * Every chunk with its gzip size and its modules' (each module's code gzipped alone, so the
 * module sizes add up to a little more than the chunk's), largest first; modules from the same
 * package are summed into one row.
 */
export function bundleReport(
  chunks: readonly ChunkSummary[],
  root: string,
  cssText: (fileName: string) => string = () => '',
): ChunkReport[] {
  const initial = initialChunks(chunks)
  return chunks
    .map((chunk) => {
      const sizes = new Map<string, number>()
      for (const [id, m] of Object.entries(chunk.modules)) {
        if (!m.code) continue
        const name = moduleName(id, root)
        sizes.set(name, (sizes.get(name) ?? 0) + gzipBytes(m.code))
      }
      const modules = [...sizes].map(([module, gzip]) => ({ module, gzip }))
      return {
        fileName: chunk.fileName,
        initial: initial.has(chunk.fileName),
        gzip: gzipBytes(chunk.code),
        cssGzip: (chunk.css ?? []).reduce((sum, f) => sum + gzipBytes(cssText(f)), 0),
        modules: modules.sort((a, b) => b.gzip - a.gzip),
      }
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip)
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1)

/** The report as Markdown: a chunk table, then each initial chunk's modules down to `minBytes`. */
export function renderReport(report: readonly ChunkReport[], minBytes = 300): string {
  const initial = report.filter((c) => c.initial)
  const total = initial.reduce((sum, c) => sum + c.gzip, 0)
  const css = initial.reduce((sum, c) => sum + c.cssGzip, 0)
  const lines = [
    '# Bundle report',
    '',
    `Initial JS (entry + static imports): **${kB(total)} kB gzip** in ${initial.length} chunks;`,
    `their CSS: **${kB(css)} kB gzip**.`,
    '',
    '| chunk | loaded | kB gzip | CSS kB gzip |',
    '|---|---|---:|---:|',
    ...report.map(
      (c) =>
        `| ${c.fileName} | ${c.initial ? 'initial' : 'lazy'} | ${kB(c.gzip)} | ${c.cssGzip ? kB(c.cssGzip) : ''} |`,
    ),
  ]
  for (const chunk of report) {
    lines.push('', `## ${chunk.fileName} (${chunk.initial ? 'initial' : 'lazy'})`, '')
    lines.push('| module | kB gzip |', '|---|---:|')
    const shown = chunk.modules.filter((m) => m.gzip >= minBytes)
    for (const m of shown) lines.push(`| ${m.module} | ${kB(m.gzip)} |`)
    const rest = chunk.modules.length - shown.length
    if (rest > 0) lines.push(`| ${rest} smaller modules | |`)
  }
  return lines.join('\n') + '\n'
}
