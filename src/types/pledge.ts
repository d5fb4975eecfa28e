/** Domain types of the pledge data, shared by the pipeline (node) and the app (browser). */

/** Administrative level of an area. Zones and streets lie inside a district (`parentId`). */
export type AreaLevel = 'district' | 'zone' | 'street'

/** How well a location or a value is known. */
export type Confidence = 'high' | 'medium' | 'low'

/** A point with its provenance (zones and streets only; districts use their polygons). */
export interface AreaLocation {
  lat: number
  lon: number
  source: string
  confidence: Confidence
}

/** Official planned or land area, when a source gives one. */
export interface OfficialArea {
  km2: number
  source: string
}

/** One place the reports give pledges for. */
export interface Area {
  id: string
  nameZh: string
  nameEn: string
  level: AreaLevel
  /** District id for zones and streets; null for districts. */
  parentId: string | null
  /** Names as written in the reports (and former names), all mapping to this area. */
  aliases: string[]
  location: AreaLocation | null
  officialArea: OfficialArea | null
}

/** A span of a report's text, in UTF-16 code units (`text.slice(start, end)`). */
export interface Span {
  start: number
  end: number
}

/** A passage printed more than once in a report (page layout repeats). */
export interface RepeatedPassage extends Span {
  /** Start of the first printing of the same text. */
  firstStart: number
}

/** One newspaper report, as copied into `public/reports/`. */
export interface Report {
  id: string
  /** File name under `public/reports/`. */
  file: string
  outlet: string
  /** Why the outlet is what it says (text evidence or reasoning). */
  outletEvidence: string
  headline: string
  /** Approximate publication date, ISO `YYYY-MM-DD`. */
  date: string
  dateApproximate: true
  /** Reasoning for the date, in English. */
  dateReasoning: string
  /** Sentences in the text that date the report. */
  dateEvidence: Span[]
  /** Area every statement defaults to when no other is named (e.g. 西海岸新闻 → huangdao). */
  defaultAreaId: string | null
  /** UTF-16 length of the text, a check that the app fetched the same file. */
  length: number
  repeatedPassages: RepeatedPassage[]
}

/** What a figure measures. */
export type Metric =
  | 'investment'
  | 'projectCount'
  | 'outputValue'
  | 'revenue'
  | 'gdp'
  | 'enterpriseCount'
  | 'taskCount'
  | 'floorArea'
  | 'growthRate'
  | 'other'

/** Bound implied by the words around a number: 约 approx, 多/余/超过/突破/过 over, 以上 atLeast. */
export type Bound = 'exact' | 'approx' | 'over' | 'atLeast' | 'range'

/** Qualifiers written next to a number. */
export interface Qualifier {
  bound: Bound
  /** The qualifier words as written (约, 多, 余, 以上, 超过, 突破, 过, 达到 …). */
  markers: string[]
  /** 力争 / 争取 / 计划: a target rather than a commitment already budgeted. */
  aspirational: boolean
}

/** Time frame of a figure. */
export type HorizonKind = 'year' | 'secondHalf' | 'byYear' | 'multiYear' | 'unspecified'

/** Horizon resolved against the report date. */
export interface Horizon {
  kind: HorizonKind
  /** Words as written (今年, 年内, 到2026年, 未来三年, 下半年 …); null when unspecified. */
  text: string | null
  startYear: number | null
  endYear: number | null
}

/** Keyword-based topic of a figure, see src/pipeline/README.md. */
export type Category =
  | 'industry'
  | 'infrastructure'
  | 'urbanRenewal'
  | 'livelihood'
  | 'talent'
  | 'economy'
  | 'culture'
  | 'threshold'
  | 'general'

/** Which rule attributed a figure or commitment to its area. */
export type Attribution =
  'override' | 'mentionBefore' | 'mentionAfter' | 'section' | 'reportDefault'

/** One numeric expression of a report. */
export interface Figure {
  id: string
  reportId: string
  areaId: string | null
  metric: Metric
  value: number
  /** Lower end when the text gives a range (1-2所). */
  low: number | null
  /** Unit as written: 亿元, 个, 项, 家, 万家, 万平方米, %, 万人 … */
  unit: string
  qualifier: Qualifier
  horizon: Horizon
  /** The sentence (or clause) holding the figure: `quote === text.slice(start, end)`. */
  start: number
  end: number
  quote: string
  /** The numeric expression itself (qualifier, number and unit) inside the quote. */
  numberStart: number
  numberEnd: number
  /** The number as written (Arabic digits or Chinese numerals). */
  numberText: string
  /** Amount ↔ count of the same phrase (总投资930亿元的334个…). */
  pairedWith: string | null
  /** The larger figure this one is part of (今年736亿元 inside 未来三年930亿元). */
  nestedIn: string | null
  /** An earlier printing or restatement of the same pledge. */
  duplicateOf: string | null
  /** Figures listing overlapping project sets share a group id; never summed. */
  overlapGroup: string | null
  category: Category
  attribution: Attribution
}

/** A non-numeric commitment sentence, for the side panel. */
export interface Commitment extends Span {
  id: string
  reportId: string
  areaId: string
}

/** Something the pipeline could not settle by itself. */
export interface Problem {
  reportId: string
  start: number
  end: number
  severity: 'info' | 'warning'
  kind: 'unknownArea' | 'unparsedNumber' | 'attribution' | 'override' | 'repeat'
  message: string
}

/** The built file `public/data/pledges.json`. */
export interface PledgeData {
  reports: Report[]
  areas: Area[]
  figures: Figure[]
  commitments: Commitment[]
  problems: Problem[]
}

/** A counting rule's text, in both languages. */
export interface RuleText {
  zh: string
  en: string
}

/** A headline value of an area and how it was computed. */
export interface Headline {
  value: number
  unit: string
  figureIds: string[]
  rule: RuleText
  /** True when a summed figure is itself a floor (290多亿元, 130个以上): read as "at least". */
  lowerBound: boolean
  /** The report the figures come from (the latest that gives this metric for the area). */
  reportId: string
}

/** Headline values of one area; null means "no figure reported", never zero. */
export interface AreaHeadlines {
  investment: Headline | null
  projects: Headline | null
}
