import { describe, expect, it } from 'vitest'
import { PREVIOUS_HEAP_BYTES, checkBudgets, type BudgetInputs } from '../../../bench/budgets'

const within: BudgetInputs = {
  paintRatio: 0.4,
  selectReadyRatio: 0.9,
  initialBytes: 180_000,
  metricSwitchMedianMs: 12,
  metricSwitchP90Ms: 40,
  selectToPanelMedianMs: 30,
  heapBytes: 7_000_000,
}

const names = [
  'First choropleth on screen (first contentful paint), app / peer-core',
  'Select-ready (app) / peer-core interactive',
  'Transfer before select-ready (app)',
  'Metric switch, median (app)',
  'Metric switch, p90 (app)',
  'Select → panel, median (app)',
  'JS heap after GC (app)',
]

describe('checkBudgets', () => {
  it("checks the issue's seven budgets, in its order", () => {
    const budgets = checkBudgets(within)
    expect(budgets.map((b) => b.name)).toEqual(names)
    expect(budgets.map((b) => b.status)).toEqual(Array(7).fill('met'))
  })

  it('measures transfer in kB of 1000 bytes and the heap in MB of 10⁶ bytes', () => {
    const budgets = checkBudgets(within)
    expect(budgets[2]?.measured).toBe(180)
    expect(budgets[6]?.measured).toBe(7)
  })

  it("takes the previous release's heap from the issue's table: 8.0 MB", () => {
    expect(PREVIOUS_HEAP_BYTES).toBe(8_000_000)
    expect(checkBudgets(within)[6]?.limit).toBe('≤ 8.0 MB (previous release)')
  })

  it.each([
    { field: 'paintRatio', value: 0.51, index: 0 },
    { field: 'selectReadyRatio', value: 1.01, index: 1 },
    { field: 'initialBytes', value: 200_001, index: 2 },
    { field: 'metricSwitchMedianMs', value: 16.5, index: 3 },
    { field: 'metricSwitchP90Ms', value: 50.5, index: 4 },
    { field: 'selectToPanelMedianMs', value: 50.5, index: 5 },
    { field: 'heapBytes', value: 8_050_000, index: 6 },
  ] as const)('is not met for $field at $value', ({ field, value, index }) => {
    expect(checkBudgets({ ...within, [field]: value })[index]?.status).toBe('not met')
  })

  it.each([
    { field: 'paintRatio', value: 0.5, index: 0 },
    { field: 'selectReadyRatio', value: 1, index: 1 },
    { field: 'initialBytes', value: 200_000, index: 2 },
    { field: 'metricSwitchMedianMs', value: 16, index: 3 },
    { field: 'metricSwitchP90Ms', value: 50, index: 4 },
    { field: 'selectToPanelMedianMs', value: 50, index: 5 },
    // 8.04 MB is 8.0 MB at the precision of the table.
    { field: 'heapBytes', value: 8_040_000, index: 6 },
  ] as const)('is met for $field exactly at the limit', ({ field, value, index }) => {
    expect(checkBudgets({ ...within, [field]: value })[index]?.status).toBe('met')
  })

  it('reports n/a, not a failure, when a signal is missing', () => {
    const missing = { ...within, selectReadyRatio: null, initialBytes: null }
    expect(checkBudgets(missing).map((b) => b.status)).toEqual([
      'met',
      'n/a',
      'n/a',
      'met',
      'met',
      'met',
      'met',
    ])
  })
})
