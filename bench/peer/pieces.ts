/** A class of the app's classification (see src/scale/classify.ts). */
export interface Bin {
  lower: number
  upper: number
}

/** One piece of an ECharts piecewise visualMap. */
export interface Piece {
  gte?: number
  gt?: number
  lte: number
  color: string
  label: string
}

/**
 * ECharts visualMap pieces that put every value in the same class as the app: the app assigns a
 * value to the first class whose upper bound is ≥ it, so each piece after the first starts just
 * above the previous upper bound.
 */
export function visualMapPieces(bins: readonly Bin[], colours: readonly string[]): Piece[] {
  return bins.map((bin, i) => {
    const prev = bins[i - 1]
    const color = colours[i] ?? '#888888'
    const label = `${formatValue(bin.lower)}–${formatValue(bin.upper)}`
    return prev
      ? { gt: prev.upper, lte: bin.upper, color, label }
      : { gte: bin.lower, lte: bin.upper, color, label }
  })
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1)
}
