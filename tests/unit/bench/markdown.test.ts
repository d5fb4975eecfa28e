import { describe, expect, it } from 'vitest'
import { formatKb, formatMs, formatRatio, table } from '../../../bench/format'
import {
  budgetsTable,
  distTable,
  formatSummary,
  loadsTable,
  metricsTable,
  paintSourceLine,
  renderMarkdown,
} from '../../../bench/markdown'
import { buildReport, metricRows } from '../../../bench/report'
import type { LoadSample, PageKind } from '../../../bench/types'

function load(page: PageKind, run: number, over: Partial<LoadSample> = {}): LoadSample {
  return {
    page,
    run,
    paintMs: 300,
    paintSource: 'mark',
    fcpMs: 450 + run * 100,
    prerender: page === 'app' ? false : null,
    selectReadyMs: page === 'app' ? 400 : null,
    panelOpenedMs: page === 'app' ? 430 : null,
    selectAttempts: page === 'app' ? 9 : null,
    selectTarget: page === 'app' ? 'static:laoshan' : null,
    selectHandledMs: page === 'app' ? 410 : null,
    selectReadyMarkMs: null,
    interactiveMs: 800,
    initialBytes: 180_000,
    dataBytes: 35_000,
    totalBytes: 600_000,
    offlineCacheBytes: 0,
    heapBytes: 7_950_000,
    metricSwitchMs: page === 'app' ? [12.4, 20] : [],
    selectToPanelMs: page === 'app' ? [30] : [],
    mapSelectToPanelMs: [],
    notes: [],
    ...over,
  }
}

describe('number formats', () => {
  it.each([
    [formatMs(812.4), '812 ms'],
    [formatMs(null), 'n/a'],
    [formatKb(438_249), '438.2 kB'],
    [formatKb(null), 'n/a'],
    [formatRatio(0.834), '0.83×'],
    [formatRatio(null), 'n/a'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected)
  })
})

describe('formatSummary', () => {
  it('shows the median with the interquartile range', () => {
    const s = { n: 5, median: 812, q1: 790.2, q3: 840.6, p90: 880, min: 700, max: 900 }
    expect(formatSummary('ms', s)).toBe('812 ms (790–841 ms)')
  })

  it('adds the p90 for interactions', () => {
    const s = { n: 20, median: 68, q1: 33, q3: 201, p90: 250.4, min: 20, max: 300 }
    expect(formatSummary('ms', s, true)).toBe('68 ms (33–201 ms) · p90 250 ms')
  })

  it('shows heaps in MB', () => {
    const s = { n: 1, median: 8_040_000, q1: 0, q3: 0, p90: 0, min: 0, max: 0 }
    expect(formatSummary('heap', s)).toBe('8.0 MB')
  })

  it('shows n/a when no load measured it', () => {
    expect(
      formatSummary('ms', {
        n: 0,
        median: null,
        q1: null,
        q3: null,
        p90: null,
        min: null,
        max: null,
      }),
    ).toBe('n/a')
  })
})

describe('table', () => {
  it('right-aligns numeric columns and escapes pipes', () => {
    expect(table(['a', 'b'], [['x|y', '1']], [1])).toBe('| a | b |\n| --- | ---: |\n| x\\|y | 1 |')
  })
})

describe('budgetsTable', () => {
  it('says met, not met, or n/a for a missing signal', () => {
    const md = budgetsTable([
      { name: 'Transfer', limit: '≤ 200 kB gzip', measured: 185, unit: 'kB', status: 'met' },
      { name: 'Paint', limit: '≤ 0.5×', measured: 1.3, unit: 'ratio', status: 'not met' },
      { name: 'Switch', limit: '≤ 16 ms', measured: null, unit: 'ms', status: 'n/a' },
      { name: 'Heap', limit: '≤ 8.0 MB', measured: 7.94, unit: 'MB', status: 'met' },
    ])
    expect(md.split('\n')[0]).toBe('| Budget | Limit | Value | Status |')
    expect(md.split('\n').slice(2)).toEqual([
      '| Transfer | ≤ 200 kB gzip | 185.0 kB | ✅ met |',
      '| Paint | ≤ 0.5× | 1.30× | ❌ not met |',
      '| Switch | ≤ 16 ms | n/a | ➖ n/a |',
      '| Heap | ≤ 8.0 MB | 7.9 MB | ✅ met |',
    ])
  })
})

describe('metricsTable', () => {
  const samples = [load('app', 0), load('peer-core', 0), load('peer-full', 0)]
  const lines = metricsTable(metricRows(samples)).split('\n')

  it("has the issue's columns: app, both peers, app / peer-core", () => {
    expect(lines[0]).toBe('|  | app | peer-core | peer-full | app / peer-core |')
  })

  it("divides select-ready by peer-core's interactive; the peers have no panel", () => {
    expect(lines.find((l) => l.startsWith('| Select-ready (click'))).toBe(
      '| Select-ready (click on 崂山区 that opens its panel) | 400 ms | n/a (no panel) | n/a (no panel) | 0.50× (of its interactive) |',
    )
  })

  it('shows interactions with their p90', () => {
    expect(lines.find((l) => l.startsWith('| Metric switch'))).toBe(
      '| Metric switch | 16 ms (14–18 ms) · p90 19 ms | — | — | — |',
    )
  })
})

describe('loadsTable', () => {
  it('has one row per load, in the order they ran, with the prerender yes/no', () => {
    const md = loadsTable([
      load('app', 1, { prerender: true, paintSource: 'fcp-prerender', paintMs: 120 }),
      load('peer-core', 0),
      load('app', 0),
    ])
    const rows = md.split('\n').slice(2)
    expect(rows).toHaveLength(3)
    expect(rows[0]).toMatch(
      /^\| app \| 1 \| 300 ms \(mark\) \| no \| 400 ms \| 410 ms \| 430 ms \| n\/a \| 9 \|/,
    )
    expect(rows[1]).toMatch(/^\| peer-core \| 1 \| 300 ms \(mark\) \| — \| — \|/)
    expect(rows[2]).toMatch(/^\| app \| 2 \| 120 ms \(FCP\) \| yes \|/)
    expect(rows[2]).toContain('| 12, 20 | 30 | n/a |')
  })
})

describe('paintSourceLine', () => {
  it('says how many app loads used FCP with the prerender and how many the mark', () => {
    const line = paintSourceLine([
      load('app', 0, { paintSource: 'fcp-prerender' }),
      load('app', 1),
      load('peer-core', 0),
    ])
    expect(line).toContain('in the 1 of 2 loads where the prerendered map')
    expect(line).toContain('mark (Vue static map or MapLibre) in 1.')
  })
})

describe('distTable', () => {
  it('lists files largest first and ends with the total', () => {
    const md = distTable([
      { path: 'index.html', bytes: 1200, gzipBytes: 700 },
      { path: 'assets/index.js', bytes: 900_000, gzipBytes: 300_000 },
    ])
    expect(md.split('\n').slice(2)).toEqual([
      '| assets/index.js | 900.0 kB | 300.0 kB |',
      '| index.html | 1.2 kB | 0.7 kB |',
      '| **total** | 901.2 kB | 300.7 kB |',
    ])
  })
})

describe('renderMarkdown', () => {
  it('has the medians, budgets, notes and dist sections', () => {
    const context = {
      generatedAt: 'now',
      runsPerPage: 1,
      chromium: 'Chromium 1',
      node: 'v20',
      cpus: 2,
      peerValuesSource: 'test',
      gzipLevel: 9,
    }
    const md = renderMarkdown(buildReport(context, [], []))
    for (const heading of [
      '## Medians (IQR), p90 for interactions',
      '## Budgets',
      '## All loads',
      '## Notes from the loads',
      '## Built files of the app (vite build, gzip)',
    ]) {
      expect(md).toContain(heading)
    }
  })
})
