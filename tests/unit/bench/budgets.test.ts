import { describe, expect, it } from 'vitest'
import { checkBudgets, type BudgetInputs } from '../../../bench/budgets'

const within: BudgetInputs = {
  initialBytes: 480_000,
  dataBytes: 30_000,
  paintRatio: 0.9,
  interactiveRatio: 1.1,
  metricSwitchMs: 20,
}

describe('checkBudgets', () => {
  it('passes all five budgets when every measurement is within its limit', () => {
    expect(checkBudgets(within).map((b) => b.status)).toEqual([
      'pass',
      'pass',
      'pass',
      'pass',
      'pass',
    ])
  })

  it('measures sizes in kB of 1000 bytes', () => {
    const [initial, data] = checkBudgets(within)
    expect(initial?.measured).toBe(480)
    expect(data?.measured).toBe(30)
  })

  it.each([
    { field: 'initialBytes', value: 500_001, index: 0 },
    { field: 'dataBytes', value: 40_001, index: 1 },
    { field: 'paintRatio', value: 1, index: 2 },
    { field: 'interactiveRatio', value: 1.21, index: 3 },
    { field: 'metricSwitchMs', value: 50.5, index: 4 },
  ] as const)('fails $field at $value', ({ field, value, index }) => {
    expect(checkBudgets({ ...within, [field]: value })[index]?.status).toBe('fail')
  })

  it.each([
    { field: 'initialBytes', value: 500_000, index: 0 },
    { field: 'dataBytes', value: 40_000, index: 1 },
    { field: 'interactiveRatio', value: 1.2, index: 3 },
    { field: 'metricSwitchMs', value: 50, index: 4 },
  ] as const)('passes $field exactly at the limit', ({ field, value, index }) => {
    expect(checkBudgets({ ...within, [field]: value })[index]?.status).toBe('pass')
  })

  it('reports n/a, not a failure, when a signal is missing', () => {
    const missing = { ...within, paintRatio: null, metricSwitchMs: null }
    expect(checkBudgets(missing).map((b) => b.status)).toEqual([
      'pass',
      'pass',
      'n/a',
      'pass',
      'n/a',
    ])
  })
})
