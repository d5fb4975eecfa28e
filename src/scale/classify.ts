import { ckmeans, equalIntervalBreaks, quantileSorted } from 'simple-statistics'

export const CLASS_METHODS = ['ckmeans', 'quantile', 'equal'] as const
/** Natural breaks (Ckmeans, an optimal Jenks), quantiles, or equal intervals. */
export type ClassMethod = (typeof CLASS_METHODS)[number]

export interface AreaValue {
  id: string
  /** `null` means no figure was reported — never the same as zero. */
  value: number | null
}

export interface ClassBin {
  index: number
  lower: number
  upper: number
  ids: string[]
}

export interface Classification {
  method: ClassMethod
  bins: ClassBin[]
  /** Areas with no figure reported: drawn with a pattern, never put in the lowest class. */
  noData: string[]
  /** Bin index per area id that has a value. */
  binOf: Record<string, number>
}

/** Upper bounds of each class, ascending; the last equals the maximum. */
function upperBounds(sorted: readonly number[], method: ClassMethod, k: number): number[] {
  const max = sorted[sorted.length - 1] ?? 0
  switch (method) {
    case 'ckmeans':
      return ckmeans([...sorted], k).map((cluster) => cluster[cluster.length - 1] ?? max)
    case 'quantile':
      return Array.from({ length: k }, (_, i) => quantileSorted([...sorted], (i + 1) / k))
    case 'equal':
      return equalIntervalBreaks([...sorted], k).slice(1)
  }
}

/**
 * Puts areas into at most `classCount` classes. Fewer classes are used when there are fewer
 * distinct values (ten districts, several without figures, leave few values to split).
 */
export function classify(
  values: readonly AreaValue[],
  method: ClassMethod,
  classCount: number,
): Classification {
  const withValue = values.filter((v): v is { id: string; value: number } => v.value !== null)
  const noData = values.filter((v) => v.value === null).map((v) => v.id)
  const sorted = withValue.map((v) => v.value).sort((a, b) => a - b)
  const distinct = new Set(sorted).size
  const k = Math.max(0, Math.min(classCount, distinct))
  if (k === 0) return { method, bins: [], noData, binOf: {} }

  const uppers = upperBounds(sorted, method, k)
  const min = sorted[0] ?? 0
  const bins: ClassBin[] = uppers.map((upper, index) => ({
    index,
    lower: index === 0 ? min : (uppers[index - 1] ?? min),
    upper,
    ids: [],
  }))
  const binOf: Record<string, number> = {}
  for (const { id, value } of withValue) {
    const index = Math.max(
      0,
      uppers.findIndex((u) => value <= u),
    )
    binOf[id] = index
    bins[index]?.ids.push(id)
  }
  if (method === 'ckmeans') {
    // Natural classes are described by the values they hold, not by the gap between them.
    for (const bin of bins) {
      const inBin = withValue.filter((v) => binOf[v.id] === bin.index).map((v) => v.value)
      if (inBin.length > 0) bin.lower = Math.min(...inBin)
    }
  }
  return { method, bins, noData, binOf }
}
