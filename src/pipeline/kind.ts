import type { CountSet, FigureKind, Metric, MoneyType, Scope } from '../types/pledge'

/**
 * What a figure is, from the words before and around its number: a pledge, an achievement or a
 * cited context; the money type of an amount; the set a project count counts. Rules are for the
 * language of such reports, never for one sentence (see README.md, "Kinds").
 */
export interface KindContext {
  metric: Metric
  /** The sentence up to the number. */
  before: string
  /** The clause before the number (back to the last clause break). */
  head: string
  /** The words after the number up to the next clause break. */
  tail: string
  /** The paragraph (block) up to the sentence: a time frame set earlier (去年…；…) carries on. */
  blockBefore?: string
  /** Whose figure it is (kind needs it: a city figure in a story about one area is context). */
  scope?: Scope
  /** Whether the paragraph is about one area (an actor named before the number, a speaker). */
  aboutArea?: boolean
}

/**
 * Words that look back: the figure reports what was done (strong: the nearest marker decides).
 * An event the report tells of (此次集中开工, 现场签约) is done by the time it is reported.
 */
const LOOKS_BACK =
  /今年以来|截至|截止|去年|上年|上半年|前[一二三]季度|1-\d+月|过去|近年来|以来|此次|本次|当天|现场|仪式上|活动上|集中开工|集中签约|共签约|已开工|已签约|已竣工/g
/** Words of a result that a plan uses too (计划完成投资): a result only when nothing looks ahead. */
const RESULT = /完成|实现|累计|已经?|到位/
/** Words that look ahead: targets, plans, commitments. */
const LOOKS_AHEAD =
  /将|力争|争取|计划|确保|预计|目标|拟|到20\d\d年|未来|今年(?!以来)|年内|全年|下半年|新的一年|明年/g

function lastIndex(text: string, re: RegExp): number {
  let at = -1
  for (const m of text.matchAll(re)) at = m.index
  return at
}

/** The time frame of a stretch of text: its nearest marker, or null when it has none. */
function frameOf(text: string): 'back' | 'ahead' | null {
  const back = lastIndex(text, LOOKS_BACK)
  const ahead = lastIndex(text, LOOKS_AHEAD)
  if (back < 0 && ahead < 0) return null
  return back > ahead ? 'back' : 'ahead'
}

/**
 * Pledge, achievement or context. A city, province or national figure in a paragraph about one
 * area is the frame an official cites (context); otherwise the nearest time marker decides —
 * in the sentence, else earlier in the paragraph — and a bare 完成/实现/已 with nothing looking
 * ahead is a result.
 */
export function classifyKind(c: KindContext): FigureKind {
  if (c.scope !== undefined && c.scope !== 'area' && c.aboutArea) return 'context'
  const frame = frameOf(c.before) ?? frameOf(c.blockBefore ?? '')
  if (frame === 'back') return 'achievement'
  if (frame === null && RESULT.test(c.head)) return 'achievement'
  return 'pledge'
}

/** Money markers, matched against the clause before the amount; the nearest one decides. */
const MONEY_MARKERS: readonly [MoneyType, RegExp][] = [
  ['portfolio', /总投资|投资总额/g],
  ['annualPlan', /年度计划投资|年度投资|年计划投资|完成投资|完成固定资产投资/g],
  ['signed', /签约(?:额|金额|总额|资金)?/g],
  ['spending', /投入|预算|资金|支出|经费/g],
]

/** The money type of an investment amount; null for any other metric. */
export function classifyMoneyType(c: KindContext): MoneyType | null {
  if (c.metric !== 'investment') return null
  let best: MoneyType = 'other'
  let at = -1
  for (const [type, re] of MONEY_MARKERS) {
    const i = lastIndex(c.head, re)
    // Ties go to the earlier rule: 年度计划投资 beats 投资; 总投资 inside 签约总投资 stays portfolio.
    if (i > at) {
      at = i
      best = type
    }
  }
  return best
}

/** Verbs of a count's set, matched before the count (新开工50个) or as its status after it. */
const COUNT_MARKERS: readonly [CountSet, RegExp][] = [
  ['started', /新开工|开工/g],
  ['completed', /竣工|投产|建成/g],
  ['introduced', /新引进|引进|招引|新落地/g],
  ['signed', /签约/g],
  ['pipeline', /洽谈|在谈|储备/g],
]
/** After the count only a status names the set (83个项目洽谈落地); 加快开工建设 is not a start. */
const STATUS_AFTER: readonly [CountSet, RegExp][] = [
  ['pipeline', /洽谈|在谈/],
  ['signed', /集中签约|签约/],
]

/**
 * The set a project count counts; null for other metrics. A marker that only describes the
 * projects (新签约注册的…项目: it is followed by 的) does not name the set.
 */
export function classifyCountSet(c: KindContext): CountSet | null {
  if (c.metric !== 'projectCount') return null
  let best: CountSet | null = null
  let at = -1
  for (const [set, re] of COUNT_MARKERS) {
    for (const m of c.head.matchAll(re)) {
      const attributive = /^[^，,、]{0,4}的/.test(c.head.slice(m.index + m[0].length))
      if (!attributive && m.index > at) {
        at = m.index
        best = set
      }
    }
  }
  if (best) return best
  for (const [set, re] of STATUS_AFTER) if (re.test(c.tail)) return set
  return /项目/.test(c.head + c.tail) ? 'portfolio' : 'other'
}
