import type { FeatureProblem, FileProblem } from './parseBoundaries'

/** The slice of vue-i18n a message needs; `t` and `n` from useI18n (or i18n.global) fit it. */
export interface Formatter {
  t: (key: string, params: Record<string, unknown>) => string
  n: (value: number, format: 'digits0' | 'digits1') => string
}

/** Why a whole file was refused, in the interface language; every code has its own message. */
export function fileProblemMessage(p: FileProblem, { t, n }: Formatter): string {
  const key = `planner.boundaries.problem.${p.code}`
  switch (p.code) {
    case 'tooLarge': {
      const mb = (bytes: number) => n(bytes / 1024 / 1024, 'digits1')
      return t(key, { mb: mb(p.bytes), limit: mb(p.limit) })
    }
    case 'tooManyFeatures':
    case 'tooManyVertices':
      return t(key, { count: n(p.count, 'digits0'), limit: n(p.limit, 'digits0') })
    case 'notJson':
    case 'readFailed':
    case 'crashed':
    case 'workerFailed':
      return t(key, { detail: p.detail })
    case 'notGeoJson':
      return t(key, { type: p.type })
    case 'noFeatures':
      return t(key, {})
  }
}

/** Why one feature was refused, naming it. */
export function featureProblemMessage(p: FeatureProblem, { t }: Formatter): string {
  const { code, ...params } = p
  return t(`planner.boundaries.problem.${code}`, params)
}
