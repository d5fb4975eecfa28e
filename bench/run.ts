/**
 * `npm run bench`: builds the app and the ECharts peer, serves both from 127.0.0.1 with gzip, runs
 * interleaved cold loads in headless Chromium and writes bench/out/report.{json,md}. See
 * bench/README.md. Env: BENCH_RUNS (11), CHROMIUM_PATH (/usr/bin/chromium), BENCH_TIMEOUT_MS
 * (20000), BENCH_SKIP_BUILD=1 to measure what is already built.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { launchChromium, coldLoad } from './browser'
import { viteBuild } from './build'
import { renderMarkdown } from './markdown'
import { buildReport } from './report'
import { GZIP_LEVEL, startServer } from './server'
import { fileSizes } from './sizes'
import type { FoundPoint } from './select'
import { PAGES, type LoadSample } from './types'

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url))
const ROOT = path('..')
const OUT = path('./out')
// The app's own `vite build`, but into bench/out/app/: dist/ is rebuilt (and emptied) by other
// scripts such as test:e2e, which would pull files from under a running benchmark.
const DIST = path('./out/app')

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

async function main(): Promise<void> {
  const runs = positiveInt(process.env.BENCH_RUNS, 11)
  const timeoutMs = positiveInt(process.env.BENCH_TIMEOUT_MS, 20000)
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const buildNotes: string[] = []
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    const builds = [
      viteBuild('app', ROOT, ['--outDir', DIST, '--emptyOutDir']),
      viteBuild('peer-core', ROOT, ['-c', 'bench/peer/vite.config.ts']),
      viteBuild('peer-full', ROOT, ['-c', 'bench/peer/vite.config.ts', '--mode', 'full']),
    ]
    for (const b of builds.filter((b) => !b.ok)) {
      buildNotes.push(`${b.label} build FAILED: measured the files already on disk`)
    }
  }
  if (!existsSync(`${DIST}/index.html`))
    throw new Error('bench/out/app/index.html missing: the app did not build')

  const server = await startServer({
    '/': DIST,
    '/peer/': `${OUT}/peer`,
    '/peer-full/': `${OUT}/peer-full`,
  })
  const browser = await launchChromium(executable)
  const chromiumVersion = browser.version()
  const samples: LoadSample[] = []
  // Per page: a stale build of one peer must not hide behind the other's answer.
  const valuesSources = new Set<string>()
  try {
    // One discarded round first: the first load of a page also pays for disk and process warm-up.
    // The app's also finds the point on 崂山区 that every later load clicks from navigation start.
    await mkdir(OUT, { recursive: true })
    let point: FoundPoint | null = null
    for (const page of PAGES) {
      const warm = await coldLoad(browser, server, page, -1, timeoutMs, {
        screenshotPath: `${OUT}/${page}.png`,
        findPoint: page === 'app',
        firstMapPath: `${OUT}/app-first-map.png`,
      })
      if (page !== 'app') continue
      point = warm.point
      console.error(
        point
          ? `bench: select-ready clicks at (${point.x}, ${point.y}), 崂山区 in the ${point.map} map${point.offset > 0 ? ` (${Math.round(point.offset)} px from its label)` : ' (its label centre)'}`
          : 'bench: no 崂山区 polygon found in the first map: select-ready will be n/a',
      )
      if (!point) buildNotes.push('select-ready n/a: no 崂山区 polygon in the first map')
    }
    for (let run = 0; run < runs; run += 1) {
      for (const page of PAGES) {
        const { sample, valuesSource: source } = await coldLoad(
          browser,
          server,
          page,
          run,
          timeoutMs,
          {
            point,
            screenshotPath: page === 'app' && run === 0 ? `${OUT}/app-select-ready.png` : null,
          },
        )
        if (source) valuesSources.add(`${page}: ${source}`)
        samples.push(sample)
        const show = (v: number | null) => (v === null ? 'n/a' : Math.round(v))
        console.error(
          `bench: ${page} #${run + 1}: paint ${show(sample.paintMs)} ms, select-ready ${show(sample.selectReadyMs)} ms, interactive ${show(sample.interactiveMs)} ms`,
        )
      }
    }
  } finally {
    await browser.close()
    await server.close()
  }

  const report = buildReport(
    {
      generatedAt: new Date().toISOString(),
      runsPerPage: runs,
      chromium: `Chromium ${chromiumVersion}`,
      node: process.version,
      cpus: cpus().length,
      peerValuesSource: [...valuesSources].join('; ') || 'unknown',
      gzipLevel: GZIP_LEVEL,
    },
    samples,
    await fileSizes(DIST),
  )
  for (const note of buildNotes) report.notes.unshift({ page: 'app', note, loads: 0 })
  const markdown = renderMarkdown(report)
  await writeFile(`${OUT}/report.json`, JSON.stringify(report, null, 2) + '\n')
  await writeFile(`${OUT}/report.md`, markdown)
  console.log(markdown)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
