import { describe, expect, it } from 'vitest'
import { formatKb, formatMs, formatRatio, table } from '../../../bench/format'
import { budgetsTable, distTable, formatSummary, renderMarkdown } from '../../../bench/markdown'
import { buildReport } from '../../../bench/report'

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
    const s = { n: 5, median: 812, q1: 790.2, q3: 840.6, min: 700, max: 900 }
    expect(formatSummary('ms', s)).toBe('812 ms (790–841 ms)')
  })

  it('shows n/a when no load measured it', () => {
    expect(
      formatSummary('ms', { n: 0, median: null, q1: null, q3: null, min: null, max: null }),
    ).toBe('n/a')
  })
})

describe('table', () => {
  it('right-aligns numeric columns and escapes pipes', () => {
    expect(table(['a', 'b'], [['x|y', '1']], [1])).toBe('| a | b |\n| --- | ---: |\n| x\\|y | 1 |')
  })
})

describe('budgetsTable', () => {
  it('marks passes, failures and missing signals', () => {
    const md = budgetsTable([
      { name: 'Data', limit: '≤ 40 kB gzip', measured: 25, unit: 'kB', status: 'pass' },
      { name: 'Paint', limit: '< 1', measured: 1.3, unit: 'ratio', status: 'fail' },
      { name: 'Switch', limit: '≤ 50 ms', measured: null, unit: 'ms', status: 'n/a' },
    ])
    expect(md.split('\n').slice(2)).toEqual([
      '| Data | ≤ 40 kB gzip | 25.0 kB | ✅ |',
      '| Paint | < 1 | 1.30× | ❌ |',
      '| Switch | ≤ 50 ms | n/a | ➖ n/a |',
    ])
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
      '## Medians',
      '## Budgets',
      '## Notes from the loads',
      '## Built files of the app (vite build, gzip)',
    ]) {
      expect(md).toContain(heading)
    }
  })
})
