import { REFERENCE_PEER } from './types'

/** Outcome of one budget; `n/a` when the measurement is missing. */
export type BudgetStatus = 'pass' | 'fail' | 'n/a'

/** One budget from the issue, with what this run measured. */
export interface BudgetResult {
  name: string
  /** The limit in words, e.g. "≤ 500 kB gzip". */
  limit: string
  measured: number | null
  unit: 'kB' | 'ratio' | 'ms'
  status: BudgetStatus
}

/** The medians the budgets are checked on (app, or app / reference peer). */
export interface BudgetInputs {
  initialBytes: number | null
  dataBytes: number | null
  paintRatio: number | null
  interactiveRatio: number | null
  metricSwitchMs: number | null
}

/** 1 kB = 1000 bytes, as in the budgets. */
export const KB = 1000

function check(value: number | null, ok: (v: number) => boolean): BudgetStatus {
  if (value === null) return 'n/a'
  return ok(value) ? 'pass' : 'fail'
}

/** Checks the five budgets. Sizes are compared in kB, ratios against the reference peer. */
export function checkBudgets(m: BudgetInputs): BudgetResult[] {
  const kb = (b: number | null) => (b === null ? null : b / KB)
  const initial = kb(m.initialBytes)
  const data = kb(m.dataBytes)
  return [
    {
      name: 'Initial transfer (app)',
      limit: '≤ 500 kB gzip',
      measured: initial,
      unit: 'kB',
      status: check(initial, (v) => v <= 500),
    },
    {
      name: 'Data transfer (app)',
      limit: '≤ 40 kB gzip',
      measured: data,
      unit: 'kB',
      status: check(data, (v) => v <= 40),
    },
    {
      name: `First choropleth paint, app / ${REFERENCE_PEER}`,
      limit: '< 1',
      measured: m.paintRatio,
      unit: 'ratio',
      status: check(m.paintRatio, (v) => v < 1),
    },
    {
      name: `Interactive, app / ${REFERENCE_PEER}`,
      limit: '≤ 1.2',
      measured: m.interactiveRatio,
      unit: 'ratio',
      status: check(m.interactiveRatio, (v) => v <= 1.2),
    },
    {
      name: 'Metric switch (app, median)',
      limit: '≤ 50 ms',
      measured: m.metricSwitchMs,
      unit: 'ms',
      status: check(m.metricSwitchMs, (v) => v <= 50),
    },
  ]
}
