import type { BudgetResult } from './budgets'
import { NA, formatKb, formatMs, formatRatio, table } from './format'
import type { BenchReport, MetricRow } from './report'
import type { Summary } from './stats'
import { PAGES, REFERENCE_PEER, type PageKind } from './types'

const STATUS = { pass: '✅', fail: '❌', 'n/a': '➖ n/a' } as const

function formatValue(unit: MetricRow['unit'], v: number | null): string {
  return unit === 'ms' ? formatMs(v) : formatKb(v)
}

/** `812 ms (790–840)`: median and interquartile range, or n/a. */
export function formatSummary(unit: MetricRow['unit'], s: Summary | undefined): string {
  if (!s || s.median === null) return NA
  const iqr =
    s.n > 1 ? ` (${formatValue(unit, s.q1).split(' ')[0]}–${formatValue(unit, s.q3)})` : ''
  return `${formatValue(unit, s.median)}${iqr}`
}

/** The medians table: one row per metric, one column per page, then app / peer ratios. */
export function metricsTable(rows: readonly MetricRow[]): string {
  const pages = PAGES.filter((p) => rows.some((r) => r.byPage[p] !== undefined))
  const peers = pages.filter((p): p is Exclude<PageKind, 'app'> => p !== 'app')
  const header = [
    'Metric',
    ...pages.map((p) => `${p} median (IQR)`),
    ...peers.map((p) => `app / ${p}`),
  ]
  const body = rows.map((r) => [
    r.label,
    ...pages.map((p) => (r.byPage[p] ? formatSummary(r.unit, r.byPage[p]) : '—')),
    ...peers.map((p) => (p in r.ratios ? formatRatio(r.ratios[p] ?? null) : '—')),
  ])
  return table(header, body, header.map((_, i) => i).slice(1))
}

function formatBudget(b: BudgetResult): string {
  if (b.unit === 'kB') return b.measured === null ? NA : `${b.measured.toFixed(1)} kB`
  if (b.unit === 'ms') return formatMs(b.measured)
  return formatRatio(b.measured)
}

/** The budgets table with ✅ / ❌ (➖ n/a when the signal was missing). */
export function budgetsTable(budgets: readonly BudgetResult[]): string {
  return table(
    ['Budget', 'Limit', 'Measured (median)', 'Status'],
    budgets.map((b) => [b.name, b.limit, formatBudget(b), STATUS[b.status]]),
    [2],
  )
}

/** Raw and gzip size of every built file of the app, largest first, with the total. */
export function distTable(files: BenchReport['distFiles']): string {
  const sorted = [...files].sort((a, b) => b.gzipBytes - a.gzipBytes)
  const total = sorted.reduce(
    (t, f) => ({ bytes: t.bytes + f.bytes, gzip: t.gzip + f.gzipBytes }),
    { bytes: 0, gzip: 0 },
  )
  const rows = sorted.map((f) => [f.path, formatKb(f.bytes), formatKb(f.gzipBytes)])
  rows.push(['**total**', formatKb(total.bytes), formatKb(total.gzip)])
  return table(['file', 'raw', 'gzip'], rows, [1, 2])
}

/** The whole Markdown report. */
export function renderMarkdown(report: BenchReport): string {
  const c = report.context
  const notes = report.notes.map(
    (n) => `- ${n.page}: ${n.note} (${n.loads} load${n.loads === 1 ? '' : 's'})`,
  )
  return [
    '# Benchmark: Qingdao Pledge Map vs an ECharts `map` series',
    '',
    `${c.generatedAt} · ${c.runsPerPage} cold loads per page, interleaved · ${c.chromium} (SwiftShader) · Node ${c.node} · ${c.cpus} CPUs`,
    '',
    `Peer: the same districts GeoJSON and values (${c.peerValuesSource}), ECharts \`map\` series with a piecewise \`visualMap\` of the app's class breaks and colours. **peer-core** imports \`echarts/core\` + MapChart + VisualMapComponent + TooltipComponent + CanvasRenderer (tree-shaken, what a careful dashboard does); **peer-full** imports the whole \`echarts\` bundle (what many dashboards do). Budgets compare against ${REFERENCE_PEER}.`,
    '',
    '## Medians',
    '',
    metricsTable(report.metrics),
    '',
    `Bytes are gzip bodies (level ${c.gzipLevel}) counted by the bench server, headers excluded; "initial" is every response finished before \`map-interactive\`, "data" the \`.geojson\` and \`.json\` files. Heap: main thread only (\`Runtime.getHeapUsage\` after \`HeapProfiler.collectGarbage\`), workers excluded. Timings under SwiftShader on a 2-core machine compare the two pages; they say nothing about a real GPU.`,
    '',
    '## Budgets',
    '',
    budgetsTable(report.budgets),
    '',
    '## Notes from the loads',
    '',
    notes.length > 0 ? notes.join('\n') : '- none',
    '',
    '## Built files of the app (vite build, gzip)',
    '',
    distTable(report.distFiles),
    '',
  ].join('\n')
}
