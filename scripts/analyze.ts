/**
 * `npm run analyze`: builds the app into analyze/dist (not the shared dist/) and writes
 * analyze/report.md and analyze/report.json: every chunk, whether the first view downloads it,
 * and its modules by gzip size (scripts/bundleReport.ts). analyze/ is gitignored.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'vite'
import { bundleReport, renderReport, type ChunkSummary } from './bundleReport'

const root = fileURLToPath(new URL('../', import.meta.url))
const out = root + 'analyze/'

const reporter: Plugin = {
  name: 'bundle-report',
  apply: 'build',
  // writeBundle: by then Vite's HTML plugin has added index.html to the bundle.
  writeBundle(_options, bundle) {
    const chunks: ChunkSummary[] = []
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk' || !file.fileName.endsWith('.js')) continue
      chunks.push({
        fileName: file.fileName,
        isEntry: file.isEntry,
        code: file.code,
        imports: file.imports,
        dynamicImports: file.dynamicImports,
        modules: file.modules,
        css: [...(file.viteMetadata?.importedCss ?? [])],
      })
    }
    // The service worker is a second, separate build; only the app's own bundle has index.html.
    if (!('index.html' in bundle)) return
    const report = bundleReport(chunks, root, (name) => {
      const asset = bundle[name]
      return asset?.type === 'asset' ? String(asset.source) : ''
    })
    mkdirSync(out, { recursive: true })
    writeFileSync(out + 'report.json', JSON.stringify(report, null, 2) + '\n')
    writeFileSync(out + 'report.md', renderReport(report))
    console.log(renderReport(report).split('\n## ')[0])
  },
}

await build({
  root,
  plugins: [reporter],
  build: { outDir: out + 'dist', emptyOutDir: true },
  logLevel: 'warn',
})
console.log(`Wrote ${out}report.md`)
