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
  /**
   * `stated` when a masthead or byline names the outlet, `inferred` when it is reasoned from
   * them (a byline “本报记者” names no paper); inferred outlets are shown as such.
   */
  outletBasis: 'stated' | 'inferred'
  /** Why the outlet is what it says (text evidence or reasoning), in English. */
  outletEvidence: string
  /** Phrases in the text the outlet rests on (masthead, byline, kicker); none for added reports. */
  outletEvidenceSpans: Span[]
  headline: string
  /** Approximate publication date, ISO `YYYY-MM-DD`. */
  date: string
  dateApproximate: true
  /** Reasoning for the date, in English. */
  dateReasoning: string
  /** Sentences in the text that date the report. */
  dateEvidence: Span[]
  /** Area every statement defaults to when no other is named (e.g. 青岛西海岸报 → huangdao). */
  defaultAreaId: string | null
  /** UTF-16 length of the text, a check that the app fetched the same file. */
  length: number
  repeatedPassages: RepeatedPassage[]
}

/**
 * What a figure measures. `revenue` is operating revenue (营业收入), `budgetRevenue` a
 * government's budget revenue (一般公共预算收入); `marketEntities` (市场主体) count every
 * registered business, sole traders included, not only enterprises; `demolition` is floor area
 * to be demolished (拆迁), not built.
 */
export type Metric =
  | 'investment'
  | 'projectCount'
  | 'outputValue'
  | 'revenue'
  | 'budgetRevenue'
  | 'gdp'
  | 'enterpriseCount'
  | 'marketEntities'
  | 'taskCount'
  | 'floorArea'
  | 'demolition'
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

/**
 * Which rule attributed a figure or commitment (src/pipeline/README.md, "Rules that decide the
 * area"): a reviewed `override`; a place of a 分别 list by position (`respectively`); a part of
 * a 其中 breakdown (`breakdown`); a subject named before it in its sentence (`mentionBefore`) or
 * a place after it (`mentionAfter`); 全区/该区 naming the district again (`anaphor`); a street
 * not in the registry, given to the district named last (`unlisted`); its
 * paragraph's actor (`block`); the area of the speaker line or zone header of its section
 * (`header`); a name from an earlier paragraph (`carryOver`); an event's venue (`venue`); the
 * report's default (`reportDefault`).
 * `section` is the older name of header and carry-over together, kept for data built before.
 */
export type Attribution =
  | 'override'
  | 'respectively'
  | 'breakdown'
  | 'mentionBefore'
  | 'mentionAfter'
  | 'anaphor'
  | 'unlisted'
  | 'block'
  | 'header'
  | 'section'
  | 'venue'
  | 'carryOver'
  | 'reportDefault'

/**
 * What a figure is: `pledge` (a target, plan or commitment), `achievement` (done or reached:
 * 完成, 实现, 截至, 累计, 今年以来 …) or `context` (a city, province or national frame an
 * official cites). Numerals that are not figures at all (names of campaigns, counting words of
 * an enumerated list) are excluded by the pipeline with a reason and never become figures.
 */
export type FigureKind = 'pledge' | 'achievement' | 'context'

/**
 * What kind of money an amount is: `portfolio` (总投资 of a stated set of projects),
 * `annualPlan` (年度计划投资, 年内完成投资), `spending` (投入, budgets), `signed` (签约额),
 * `other`. Only investment figures have one.
 */
export type MoneyType = 'portfolio' | 'annualPlan' | 'spending' | 'signed' | 'other'

/**
 * Which set a project count counts: a `portfolio` (重点项目 under way), new introductions
 * (`introduced`, 新引进/招引), signings (`signed`, 新签约), new starts (`started`, 新开工),
 * completions (`completed`, 竣工/投产), a `pipeline` under negotiation (洽谈), or `other`.
 */
export type CountSet =
  'portfolio' | 'introduced' | 'signed' | 'started' | 'completed' | 'pipeline' | 'other'

/**
 * Whose figure it is: an `area` of the registry (areaId set), or the whole `city`, the
 * `province` or the `nation` (areaId null) — a city-wide total is never handed to a district.
 */
export type Scope = 'area' | 'city' | 'province' | 'nation'

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
  kind: FigureKind
  /** Investment figures only; null for every other metric. */
  moneyType: MoneyType | null
  /** Project counts only; null for every other metric. */
  countSet: CountSet | null
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
  /**
   * Disjoint parts the text presents as one whole (two project lists of one programme) share
   * a group id, the id of the first part: the only figures a headline may add, as a derived sum.
   */
  sumGroup: string | null
  category: Category
  attribution: Attribution
  scope: Scope
  /** How sure the attribution is: an area carried over from an earlier paragraph is `low`. */
  confidence: Confidence
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

/**
 * Which counting rule chose a headline; its text, in both languages, is the message
 * `headlineRule.<rule>` (src/i18n).
 */
export type HeadlineRule = 'investment' | 'projects'

/** A headline value of an area: one figure a sentence states, or a labelled sum of its parts. */
export interface Headline {
  /** In 亿元 for investment, in projects for counts. */
  value: number
  unit: '亿元' | '个'
  /** The stated figure, or the disjoint parts of a derived sum, in text order. */
  figureIds: string[]
  /** True when the value is a sum of parts the text presents as one whole (never a statement). */
  derived: boolean
  /** The qualifier as written (约60亿元 → approx; 290多 + 380 → over), with its words. */
  bound: Bound
  markers: string[]
  /** For a range (20—30个), its lower end. */
  low: number | null
  /** What the figure is: the money type of an amount, the set a count counts. */
  measure: MoneyType | CountSet
  /** The period the figure covers, as resolved against its report's date. */
  horizon: Horizon
  /** The report the figures come from. */
  reportId: string
  /** Other figures of the same kind the report states for the area, shown but never added. */
  alsoReported: string[]
  rule: HeadlineRule
}

/** Headline values of one area; null means "no figure reported", never zero. */
export interface AreaHeadlines {
  investment: Headline | null
  projects: Headline | null
}
