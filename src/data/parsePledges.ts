import * as v from 'valibot'
import type { PledgeData } from '../types/pledge'
import { finiteNumber, parseWith, type Equal, type Parsed } from './parse'

const string = v.string()
const nullableString = v.nullable(string)
const span = { start: finiteNumber, end: finiteNumber }
const confidence = v.picklist(['high', 'medium', 'low'])

const ReportSchema = v.object({
  id: string,
  file: string,
  outlet: string,
  outletBasis: v.picklist(['stated', 'inferred']),
  outletEvidence: string,
  outletEvidenceSpans: v.array(v.object(span)),
  headline: string,
  date: string,
  dateApproximate: v.literal(true),
  dateReasoning: string,
  dateEvidence: v.array(v.object(span)),
  defaultAreaId: nullableString,
  length: finiteNumber,
  repeatedPassages: v.array(v.object({ ...span, firstStart: finiteNumber })),
})

const AreaSchema = v.object({
  id: string,
  nameZh: string,
  nameEn: string,
  level: v.picklist(['district', 'zone', 'street']),
  parentId: nullableString,
  aliases: v.array(string),
  location: v.nullable(
    v.object({ lat: finiteNumber, lon: finiteNumber, source: string, confidence }),
  ),
  officialArea: v.nullable(v.object({ km2: finiteNumber, source: string })),
})

const nullableYear = v.nullable(finiteNumber)

const FigureSchema = v.object({
  id: string,
  reportId: string,
  areaId: nullableString,
  metric: v.picklist([
    'investment',
    'projectCount',
    'outputValue',
    'revenue',
    'budgetRevenue',
    'gdp',
    'enterpriseCount',
    'marketEntities',
    'taskCount',
    'floorArea',
    'demolition',
    'growthRate',
    'other',
  ]),
  value: finiteNumber,
  low: v.nullable(finiteNumber),
  unit: string,
  qualifier: v.object({
    bound: v.picklist(['exact', 'approx', 'over', 'atLeast', 'range']),
    markers: v.array(string),
    aspirational: v.boolean(),
  }),
  horizon: v.object({
    kind: v.picklist(['year', 'secondHalf', 'byYear', 'multiYear', 'unspecified']),
    text: nullableString,
    startYear: nullableYear,
    endYear: nullableYear,
  }),
  kind: v.picklist(['pledge', 'achievement', 'context']),
  moneyType: v.nullable(v.picklist(['portfolio', 'annualPlan', 'spending', 'signed', 'other'])),
  countSet: v.nullable(
    v.picklist(['portfolio', 'introduced', 'signed', 'started', 'completed', 'pipeline', 'other']),
  ),
  ...span,
  quote: string,
  numberStart: finiteNumber,
  numberEnd: finiteNumber,
  numberText: string,
  pairedWith: nullableString,
  nestedIn: nullableString,
  duplicateOf: nullableString,
  overlapGroup: nullableString,
  sumGroup: nullableString,
  category: v.picklist([
    'industry',
    'infrastructure',
    'urbanRenewal',
    'livelihood',
    'talent',
    'economy',
    'culture',
    'threshold',
    'general',
  ]),
  attribution: v.picklist([
    'override',
    'respectively',
    'breakdown',
    'mentionBefore',
    'mentionAfter',
    'anaphor',
    'unlisted',
    'block',
    'header',
    'section',
    'venue',
    'carryOver',
    'reportDefault',
  ]),
  scope: v.picklist(['area', 'city', 'province', 'nation']),
  confidence,
})

const PledgeDataSchema = v.object({
  reports: v.array(ReportSchema),
  areas: v.array(AreaSchema),
  figures: v.array(FigureSchema),
  commitments: v.array(v.object({ id: string, reportId: string, areaId: string, ...span })),
  problems: v.array(
    v.object({
      reportId: string,
      ...span,
      severity: v.picklist(['info', 'warning']),
      kind: v.picklist(['unknownArea', 'unparsedNumber', 'attribution', 'override', 'repeat']),
      message: string,
    }),
  ),
})

// The schema is written out field by field; this fails to compile the day it and the domain
// types in src/types/pledge.ts drift apart.
const schemaMatchesTypes: Equal<v.InferOutput<typeof PledgeDataSchema>, PledgeData> = true
void schemaMatchesTypes

/** The first figure, commitment or link that points to an id the file does not have. */
function crossReferenceProblem(data: PledgeData): string | null {
  const reportIds = new Set(data.reports.map((r) => r.id))
  const areaIds = new Set(data.areas.map((a) => a.id))
  const figureIds = new Set(data.figures.map((f) => f.id))
  for (const [i, f] of data.figures.entries()) {
    const at = `figures[${i}] (${f.id})`
    if (!reportIds.has(f.reportId)) return `${at}.reportId: unknown report ${f.reportId}`
    if (f.areaId !== null && !areaIds.has(f.areaId)) return `${at}.areaId: unknown area ${f.areaId}`
    for (const link of ['nestedIn', 'pairedWith', 'duplicateOf'] as const) {
      const target = f[link]
      if (target !== null && !figureIds.has(target))
        return `${at}.${link}: unknown figure ${target}`
    }
  }
  for (const [i, c] of data.commitments.entries()) {
    if (!reportIds.has(c.reportId))
      return `commitments[${i}].reportId: unknown report ${c.reportId}`
    if (!areaIds.has(c.areaId)) return `commitments[${i}].areaId: unknown area ${c.areaId}`
  }
  return null
}

/**
 * Parses `pledges.json` once, at the edge: every field of every record, its enums, finite
 * numbers, and every link to a report, area or other figure. The rest of the app trusts the types.
 */
export function parsePledges(json: unknown): Parsed<PledgeData> {
  const parsed = parseWith(PledgeDataSchema, json)
  if (!parsed.ok) return parsed
  const problem = crossReferenceProblem(parsed.value)
  return problem === null ? parsed : { ok: false, detail: problem }
}
