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

/** One metric over all pages: summaries per page and app / peer ratios of the medians. */
export interface MetricRow {
  key: MetricKey
  label: string
  unit: 'ms' | 'bytes'
  byPage: Partial<Record<PageKind, Summary>>
  /** Median of the app over median of each peer. */
  ratios: Partial<Record<PageKind, number | null>>
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

type MetricKey =
  | 'paintMs'
  | 'interactiveMs'
  | 'initialBytes'
  | 'dataBytes'
  | 'totalBytes'
  | 'heapBytes'
  | 'metricSwitchMs'
  | 'selectToPanelMs'

const METRICS: { key: MetricKey; label: string; unit: 'ms' | 'bytes'; appOnly: boolean }[] = [
  { key: 'paintMs', label: 'Navigation → first choropleth paint', unit: 'ms', appOnly: false },
  { key: 'interactiveMs', label: 'Navigation → interactive', unit: 'ms', appOnly: false },
  { key: 'initialBytes', label: 'Initial transfer (gzip)', unit: 'bytes', appOnly: false },
  { key: 'dataBytes', label: 'Data transfer (gzip)', unit: 'bytes', appOnly: false },
  { key: 'totalBytes', label: 'All transfer (gzip)', unit: 'bytes', appOnly: false },
  { key: 'heapBytes', label: 'JS heap after GC (main thread)', unit: 'bytes', appOnly: false },
  { key: 'metricSwitchMs', label: 'Metric switch', unit: 'ms', appOnly: true },
  { key: 'selectToPanelMs', label: 'Select → panel', unit: 'ms', appOnly: true },
]

/** Values of one metric from one load; a metric switch load gives one value per switch. */
function valuesOf(sample: LoadSample, key: MetricKey): (number | null)[] {
  const v = sample[key]
  return Array.isArray(v) ? v : [v]
}

/** Summaries of every metric per page, with the app / peer ratios of the medians. */
export function metricRows(samples: readonly LoadSample[]): MetricRow[] {
  const pages = PAGES.filter((p) => samples.some((s) => s.page === p))
  return METRICS.map(({ key, label, unit, appOnly }) => {
    const byPage: Partial<Record<PageKind, Summary>> = {}
    for (const page of appOnly ? pages.filter((p) => p === 'app') : pages) {
      byPage[page] = summarize(
        samples.filter((s) => s.page === page).flatMap((s) => valuesOf(s, key)),
      )
    }
    const ratios: Partial<Record<PageKind, number | null>> = {}
    if (!appOnly) {
      for (const page of pages.filter((p) => p !== 'app')) {
        ratios[page] = ratio(byPage.app?.median ?? null, byPage[page]?.median ?? null)
      }
    }
    return { key, label, unit, byPage, ratios }
  })
}

function medianOf(rows: readonly MetricRow[], key: MetricKey, page: PageKind): number | null {
  return rows.find((r) => r.key === key)?.byPage[page]?.median ?? null
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
    initialBytes: medianOf(metrics, 'initialBytes', 'app'),
    dataBytes: medianOf(metrics, 'dataBytes', 'app'),
    paintRatio: ratioOf(metrics, 'paintMs'),
    interactiveRatio: ratioOf(metrics, 'interactiveMs'),
    metricSwitchMs: medianOf(metrics, 'metricSwitchMs', 'app'),
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
