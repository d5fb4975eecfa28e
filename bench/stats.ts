/** Summary of one metric over the cold loads of one page. */
export interface Summary {
  /** Number of loads that produced a value (missing marks are not counted). */
  n: number
  median: number | null
  q1: number | null
  q3: number | null
  /** 90th percentile: the slow tail a user meets one time in ten. */
  p90: number | null
  min: number | null
  max: number | null
}

/**
 * Linear-interpolated quantile (the R-7 / NumPy default) of an ascending array; `null` when empty.
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, p))
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  const a = sorted[lo] ?? 0
  const b = sorted[hi] ?? a
  return a + (b - a) * (pos - lo)
}

/** Median of the finite values in `values`; `null` when there are none. */
export function median(values: readonly (number | null)[]): number | null {
  return quantileSorted(finiteSorted(values), 0.5)
}

/** Median, quartiles, 90th percentile and range of the finite values; missing values (`null`) are skipped. */
export function summarize(values: readonly (number | null)[]): Summary {
  const sorted = finiteSorted(values)
  return {
    n: sorted.length,
    median: quantileSorted(sorted, 0.5),
    q1: quantileSorted(sorted, 0.25),
    q3: quantileSorted(sorted, 0.75),
    p90: quantileSorted(sorted, 0.9),
    min: sorted[0] ?? null,
    max: sorted[sorted.length - 1] ?? null,
  }
}

/**
 * `a / b` — app over peer, so below 1 means the app is smaller or faster. `null` when either is
 * missing or the denominator is not positive.
 */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return null
  return a / b
}

function finiteSorted(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((x, y) => x - y)
}
