import { checkBudgets, type BudgetResult } from './budgets'
import { ratio, summarize, type Summary } from './stats'
import { PAGES, REFERENCE_PEER, type LoadSample, type PageKind } from './types'

/** Size of one built file, raw and gzip. */
export interface FileSize {
  path: string
  bytes: number
  gzipBytes: number
}

/** What the run was made on and with. */
export interface RunContext {
  generatedAt: string
  runsPerPage: number
  chromium: string
  node: string
  cpus: number
  /** Where the peer's values came from (see bench/peer/values.ts). */
  peerValuesSource: string
  /** Gzip level of the bench server (static precompression, like nginx `gzip_static`). */
  gzipLevel: number
}

/** How a metric is shown: milliseconds, transfer (kB) or heap (MB). */
export type MetricUnit = 'ms' | 'bytes' | 'heap'

/** One metric over all pages: summaries per page and app / peer ratios of the medians. */
export interface MetricRow {
  key: MetricKey
  label: string
  unit: MetricUnit
  /** Interactions, whose slow tail matters: shown with the 90th percentile. */
  tail: boolean
  byPage: Partial<Record<PageKind, Summary>>
  /** What the peers' cells say for a metric only the app has. */
  peerCell: string | null
  /** Median of the app over the median of each peer (of `ratioTo`, when set). */
  ratios: Partial<Record<PageKind, number | null>>
  /** The peers' metric the app's is divided by, when it is another one (select-ready). */
  ratioTo: MetricKey | null
}

/** The JSON report, `bench/out/report.json`. */
export interface BenchReport {
  context: RunContext
  metrics: MetricRow[]
  budgets: BudgetResult[]
  distFiles: FileSize[]
  /** Distinct notes from the loads with how many loads gave each, e.g. missing marks. */
  notes: { page: PageKind; note: string; loads: number }[]
  samples: LoadSample[]
}

/** The sample fields that are numbers (or lists of them): the metrics of the report. */
export type MetricKey =
  | 'paintMs'
  | 'fcpMs'
  | 'selectReadyMs'
  | 'panelOpenedMs'
  | 'selectReadyMarkMs'
  | 'interactiveMs'
  | 'initialBytes'
  | 'dataBytes'
  | 'totalBytes'
  | 'offlineCacheBytes'
  | 'heapBytes'
  | 'metricSwitchMs'
  | 'selectToPanelMs'
  | 'mapSelectToPanelMs'

interface MetricSpec {
  key: MetricKey
  label: string
  unit: MetricUnit
  /** Only the app has it; the peers' cells say `peerCell` (or —). */
  appOnly?: boolean
  peerCell?: string
  ratioTo?: MetricKey
  tail?: boolean
}

const NO_PANEL = 'n/a (no panel)'

/** The rows of the table, in its order, and what each peer cell is compared with. */
export const METRICS: readonly MetricSpec[] = [
  { key: 'paintMs', label: 'First choropleth paint', unit: 'ms' },
  { key: 'fcpMs', label: 'First contentful paint (browser, every page alike)', unit: 'ms' },
  {
    key: 'selectReadyMs',
    label: 'Select-ready (click on 崂山区 that opens its panel)',
    unit: 'ms',
    appOnly: true,
    peerCell: NO_PANEL,
    ratioTo: 'interactiveMs',
  },
  {
    key: 'panelOpenedMs',
    label: 'Select-ready: panel on screen',
    unit: 'ms',
    appOnly: true,
    peerCell: NO_PANEL,
  },
  {
    key: 'selectReadyMarkMs',
    label: "Select-ready: the app's own `select-ready` mark",
    unit: 'ms',
    appOnly: true,
    peerCell: NO_PANEL,
  },
  { key: 'interactiveMs', label: 'MapLibre idle / interactive', unit: 'ms' },
  { key: 'initialBytes', label: 'Initial transfer (gzip)', unit: 'bytes' },
  { key: 'dataBytes', label: 'Data in the initial transfer (gzip)', unit: 'bytes' },
  { key: 'totalBytes', label: 'All transfer (gzip)', unit: 'bytes' },
  {
    key: 'offlineCacheBytes',
    label: 'Offline cache, service worker (gzip)',
    unit: 'bytes',
    appOnly: true,
  },
  { key: 'heapBytes', label: 'JS heap after GC (main thread)', unit: 'heap' },
  { key: 'metricSwitchMs', label: 'Metric switch', unit: 'ms', appOnly: true, tail: true },
  {
    key: 'selectToPanelMs',
    label: 'Select → panel (table row)',
    unit: 'ms',
    appOnly: true,
    tail: true,
  },
  {
    key: 'mapSelectToPanelMs',
    label: 'Select → panel (on the map)',
    unit: 'ms',
    appOnly: true,
    tail: true,
  },
]

/** Values of one metric from one load; interactions give one value per switch or selection. */
function valuesOf(sample: LoadSample, key: MetricKey): (number | null)[] {
  const v = sample[key]
  return Array.isArray(v) ? v : [v]
}

/** Summaries of every metric per page, with the app / peer ratios of the medians. */
export function metricRows(samples: readonly LoadSample[]): MetricRow[] {
  const pages = PAGES.filter((p) => samples.some((s) => s.page === p))
  const summaryOf = (page: PageKind, key: MetricKey) =>
    summarize(samples.filter((s) => s.page === page).flatMap((s) => valuesOf(s, key)))
  return METRICS.map(({ key, label, unit, appOnly, peerCell, ratioTo, tail }) => {
    const byPage: Partial<Record<PageKind, Summary>> = {}
    for (const page of appOnly ? pages.filter((p) => p === 'app') : pages) {
      byPage[page] = summaryOf(page, key)
    }
    const ratios: Partial<Record<PageKind, number | null>> = {}
    if (!appOnly || ratioTo) {
      for (const page of pages.filter((p) => p !== 'app')) {
        const peer = ratioTo ? summaryOf(page, ratioTo) : byPage[page]
        ratios[page] = ratio(byPage.app?.median ?? null, peer?.median ?? null)
      }
    }
    return {
      key,
      label,
      unit,
      tail: tail ?? false,
      byPage,
      peerCell: appOnly ? (peerCell ?? null) : null,
      ratios,
      ratioTo: ratioTo ?? null,
    }
  })
}

function summaryOf(rows: readonly MetricRow[], key: MetricKey): Summary | undefined {
  return rows.find((r) => r.key === key)?.byPage.app
}

function ratioOf(rows: readonly MetricRow[], key: MetricKey): number | null {
  return rows.find((r) => r.key === key)?.ratios[REFERENCE_PEER] ?? null
}

/** Distinct notes per page, counted over loads. */
export function collectNotes(samples: readonly LoadSample[]): BenchReport['notes'] {
  const counts = new Map<string, { page: PageKind; note: string; loads: number }>()
  for (const s of samples) {
    for (const note of new Set(s.notes)) {
      const id = `${s.page}\u0000${note}`
      const entry = counts.get(id) ?? { page: s.page, note, loads: 0 }
      entry.loads += 1
      counts.set(id, entry)
    }
  }
  return [...counts.values()]
}

/** Assembles the JSON report from the raw loads. */
export function buildReport(
  context: RunContext,
  samples: readonly LoadSample[],
  distFiles: readonly FileSize[],
): BenchReport {
  const metrics = metricRows(samples)
  const budgets = checkBudgets({
    paintRatio: ratioOf(metrics, 'fcpMs'),
    selectReadyRatio: ratioOf(metrics, 'selectReadyMs'),
    initialBytes: summaryOf(metrics, 'initialBytes')?.median ?? null,
    metricSwitchMedianMs: summaryOf(metrics, 'metricSwitchMs')?.median ?? null,
    metricSwitchP90Ms: summaryOf(metrics, 'metricSwitchMs')?.p90 ?? null,
    selectToPanelMedianMs: summaryOf(metrics, 'selectToPanelMs')?.median ?? null,
    heapBytes: summaryOf(metrics, 'heapBytes')?.median ?? null,
  })
  return {
    context,
    metrics,
    budgets,
    distFiles: [...distFiles],
    notes: collectNotes(samples),
    samples: [...samples],
  }
}
