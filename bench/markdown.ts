import type { BudgetResult } from './budgets'
import { NA, formatKb, formatMb, formatMs, formatRatio, table } from './format'
import type { BenchReport, MetricRow, MetricUnit } from './report'
import type { Summary } from './stats'
import { PAGES, REFERENCE_PEER, type LoadSample } from './types'

const STATUS = { met: '✅ met', 'not met': '❌ not met', 'n/a': '➖ n/a' } as const

function formatValue(unit: MetricUnit, v: number | null): string {
  if (unit === 'ms') return formatMs(v)
  return unit === 'heap' ? formatMb(v) : formatKb(v)
}

/**
 * `812 ms (790–841 ms)`: median and interquartile range; with `tail`, `· p90 900 ms` after it.
 * n/a when no load measured it.
 */
export function formatSummary(unit: MetricUnit, s: Summary | undefined, tail = false): string {
  if (!s || s.median === null) return NA
  const iqr =
    s.n > 1 ? ` (${formatValue(unit, s.q1).split(' ')[0]}–${formatValue(unit, s.q3)})` : ''
  const p90 = tail && s.n > 1 ? ` · p90 ${formatValue(unit, s.p90)}` : ''
  return `${formatValue(unit, s.median)}${iqr}${p90}`
}

/** The table: one row per metric; app, both peers, then app / peer-core. */
export function metricsTable(rows: readonly MetricRow[]): string {
  const pages = PAGES.filter((p) => rows.some((r) => r.byPage[p] !== undefined))
  const header = ['', ...pages, `app / ${REFERENCE_PEER}`]
  const body = rows.map((r) => {
    const ratio = r.ratios[REFERENCE_PEER]
    const of = r.ratioTo ? ' (of its interactive)' : ''
    return [
      r.label,
      ...pages.map((p) =>
        r.byPage[p] ? formatSummary(r.unit, r.byPage[p], r.tail) : (r.peerCell ?? '—'),
      ),
      ratio === undefined ? '—' : `${formatRatio(ratio)}${ratio === null ? '' : of}`,
    ]
  })
  return table(header, body, header.map((_, i) => i).slice(1))
}

function formatBudget(b: BudgetResult): string {
  if (b.measured === null) return NA
  if (b.unit === 'kB') return `${b.measured.toFixed(1)} kB`
  if (b.unit === 'MB') return `${b.measured.toFixed(1)} MB`
  if (b.unit === 'ms') return formatMs(b.measured)
  return formatRatio(b.measured)
}

/** The budgets table: budget, limit, value, met / not met (n/a when the signal was missing). */
export function budgetsTable(budgets: readonly BudgetResult[]): string {
  return table(
    ['Budget', 'Limit', 'Value', 'Status'],
    budgets.map((b) => [b.name, b.limit, formatBudget(b), STATUS[b.status]]),
    [2],
  )
}

function list(values: readonly number[]): string {
  return values.length === 0 ? NA : values.map((v) => Math.round(v)).join(', ')
}

/** Every load's raw numbers, in the order they ran (the closing note pastes these). */
export function loadsTable(samples: readonly LoadSample[]): string {
  const header = [
    'page',
    'load',
    'first paint',
    'prerender',
    'select-ready',
    'handled',
    'panel',
    'mark',
    'clicks',
    'opening click on',
    'idle / interactive',
    'initial',
    'data',
    'all',
    'offline cache',
    'heap',
    'metric switches (ms)',
    'select → panel, row (ms)',
    'on the map (ms)',
  ]
  const paint = (s: LoadSample) =>
    s.paintMs === null
      ? NA
      : `${formatMs(s.paintMs)} ${s.paintSource === 'fcp-prerender' ? '(FCP)' : '(mark)'}`
  const yesNo = (b: boolean | null) => (b === null ? '—' : b ? 'yes' : 'no')
  const app = (s: LoadSample, text: string) => (s.page === 'app' ? text : '—')
  const order = [...samples].sort(
    (a, b) => a.run - b.run || PAGES.indexOf(a.page) - PAGES.indexOf(b.page),
  )
  const rows = order.map((s) => [
    s.page,
    String(s.run + 1),
    paint(s),
    yesNo(s.prerender),
    app(s, formatMs(s.selectReadyMs)),
    app(s, formatMs(s.selectHandledMs)),
    app(s, formatMs(s.panelOpenedMs)),
    app(s, formatMs(s.selectReadyMarkMs)),
    app(s, s.selectAttempts === null ? NA : String(s.selectAttempts)),
    app(s, s.selectTarget ?? NA),
    formatMs(s.interactiveMs),
    formatKb(s.initialBytes),
    formatKb(s.dataBytes),
    formatKb(s.totalBytes),
    app(s, formatKb(s.offlineCacheBytes)),
    formatMb(s.heapBytes),
    app(s, list(s.metricSwitchMs)),
    app(s, list(s.selectToPanelMs)),
    app(s, list(s.mapSelectToPanelMs)),
  ])
  return table(header, rows, [2, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15])
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

/** Which first-paint signal the app's loads used: FCP with the prerender on screen, or the mark. */
export function paintSourceLine(samples: readonly LoadSample[]): string {
  const app = samples.filter((s) => s.page === 'app')
  const fcp = app.filter((s) => s.paintSource === 'fcp-prerender').length
  const mark = app.filter((s) => s.paintSource === 'mark').length
  return `First choropleth paint of the app: the browser's \`first-contentful-paint\` in the ${fcp} of ${app.length} loads where the prerendered map (\`#prerender\`) was in the DOM and not hidden when parsing ended; the \`choropleth-paint\` mark (Vue static map or MapLibre) in ${mark}. The peers: their \`choropleth-paint\` mark (ECharts' first \`rendered\`), which a script sets before the frame that shows it. The budget compares what reached the screen: the first contentful paint of every page (the app's is its prerendered map, a peer's its chart).`
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
    '## Medians (IQR), p90 for interactions',
    '',
    metricsTable(report.metrics),
    '',
    paintSourceLine(report.samples),
    '',
    `Select-ready: a real click (\`page.mouse.click\`) on one fixed point of 崂山区's polygon every 50 ms from navigation start; the value is the timestamp of the click after which \`[data-testid="area-panel"]\` showed 崂山区, "panel on screen" the frame after it appeared. A click sent while the page is busy is hit-tested only when the page handles it ("handled" under All loads), so select-ready can come before the first paint; "panel on screen" is when the reader sees the answer. Its ratio is to ${REFERENCE_PEER}'s *interactive* (the peers have no panel). Bytes are gzip bodies (level ${c.gzipLevel}) counted by the bench server, headers excluded; "initial" is every response finished before select-ready (app) or interactive (peers), "all" everything the page fetched by the end of the load (after idle and the neighbouring cities, network quiet), the service worker's offline cache apart. Heap: main thread only (\`Runtime.getHeapUsage\` after \`HeapProfiler.collectGarbage\`), workers excluded. Timings under SwiftShader on a 2-core machine compare the pages; they say nothing about a real GPU.`,
    '',
    '## Budgets',
    '',
    budgetsTable(report.budgets),
    '',
    '## All loads',
    '',
    loadsTable(report.samples),
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
