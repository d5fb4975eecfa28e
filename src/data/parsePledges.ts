import type { PledgeData } from '../types/pledge'
import type { Parsed } from './parseGeo'

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

function arrayOf(
  json: Record<string, unknown>,
  key: string,
  fields: Record<string, 'string' | 'number'>,
): string | null {
  const list = json[key]
  if (!Array.isArray(list)) return `"${key}" is not a list`
  for (const [i, item] of list.entries()) {
    if (!isObject(item)) return `${key}[${i}] is not an object`
    for (const [field, type] of Object.entries(fields)) {
      if (typeof item[field] !== type) return `${key}[${i}].${field} is not a ${type}`
    }
  }
  return null
}

const KINDS: readonly string[] = ['pledge', 'achievement', 'context']
const MONEY_TYPES: readonly unknown[] = ['portfolio', 'annualPlan', 'spending', 'signed', 'other']
const COUNT_SETS: readonly unknown[] = [
  'portfolio',
  'introduced',
  'signed',
  'started',
  'completed',
  'pipeline',
  'other',
]

/** The first figure whose kind, money type or count set the app does not know. */
function problemOfKinds(figures: PledgeData['figures']): string | null {
  for (const f of figures) {
    if (!KINDS.includes(f.kind)) return `${f.id}: unknown kind ${String(f.kind)}`
    if (f.moneyType !== null && !MONEY_TYPES.includes(f.moneyType)) {
      return `${f.id}: unknown money type ${String(f.moneyType)}`
    }
    if (f.countSet !== null && !COUNT_SETS.includes(f.countSet)) {
      return `${f.id}: unknown count set ${String(f.countSet)}`
    }
  }
  return null
}

/** The first report whose outlet basis or outlet evidence the app cannot show. */
function problemOfOutlets(reports: readonly unknown[]): string | null {
  for (const [i, r] of reports.entries()) {
    if (!isObject(r)) return `reports[${i}] is not an object`
    if (r.outletBasis !== 'stated' && r.outletBasis !== 'inferred') {
      return `reports[${i}].outletBasis is neither "stated" nor "inferred"`
    }
    if (!Array.isArray(r.outletEvidenceSpans))
      return `reports[${i}].outletEvidenceSpans is not a list`
  }
  return null
}

/**
 * Checks the shape of `pledges.json` once, at the edge; the rest of the app trusts the types.
 * Every figure must point to a known report and a known (or no) area.
 */
export function parsePledges(json: unknown): Parsed<PledgeData> {
  if (!isObject(json)) return { ok: false, detail: 'not a JSON object' }
  const problem =
    arrayOf(json, 'reports', { id: 'string', file: 'string', outlet: 'string', date: 'string' }) ??
    arrayOf(json, 'areas', { id: 'string', nameZh: 'string', nameEn: 'string', level: 'string' }) ??
    arrayOf(json, 'figures', {
      id: 'string',
      reportId: 'string',
      metric: 'string',
      value: 'number',
      unit: 'string',
      start: 'number',
      end: 'number',
      quote: 'string',
      kind: 'string',
    }) ??
    arrayOf(json, 'commitments', { id: 'string', reportId: 'string', start: 'number' }) ??
    arrayOf(json, 'problems', { reportId: 'string', message: 'string' })
  if (problem) return { ok: false, detail: problem }
  const outlets = problemOfOutlets(json.reports as unknown[])
  if (outlets) return { ok: false, detail: outlets }
  const data = json as unknown as PledgeData
  const kinds = problemOfKinds(data.figures)
  if (kinds) return { ok: false, detail: kinds }
  const reportIds = new Set(data.reports.map((r) => r.id))
  const areaIds = new Set(data.areas.map((a) => a.id))
  for (const f of data.figures) {
    if (!reportIds.has(f.reportId)) return { ok: false, detail: `${f.id}: unknown report` }
    if (f.areaId !== null && !areaIds.has(f.areaId)) {
      return { ok: false, detail: `${f.id}: unknown area ${f.areaId}` }
    }
  }
  return { ok: true, value: data }
}
