import type { Category, Metric } from '../types/pledge'

/**
 * Metric and category of a figure from its unit and the words around it. `head` is the clause
 * before the number (back to the last comma or sentence start), `tail` the text after it up to
 * the next clause break.
 */
export interface FigureContext {
  unit: string
  head: string
  tail: string
  /** Qualifier words before the number (过 marks a size threshold: 过30亿元项目). */
  markers: string[]
  /** A Chinese magnitude (千亿级, 百亿元项目): a size class by construction. */
  sizeClass?: boolean
}

const MONEY = new Set(['亿元', '万元', '亿级'])
const COUNTERS = new Set(['个', '项', '件'])

/** Money amount that only sets a project size class (30亿级以上大项目, 过30亿元项目). */
export function isThreshold(c: FigureContext): boolean {
  return (
    c.sizeClass === true ||
    c.unit === '亿级' ||
    (MONEY.has(c.unit) && c.markers.includes('过') && /^项目/.test(c.tail))
  )
}

function moneyMetric(head: string): Metric {
  if (/投资|投入|资金|签约|经费/.test(head)) return 'investment'
  if (/生产总值|GDP/.test(head)) return 'gdp'
  // A government's budget revenue is not a business's operating revenue (营业收入).
  if (/预算收入|财政收入/.test(head)) return 'budgetRevenue'
  if (/收入|营收/.test(head)) return 'revenue'
  if (/产值/.test(head)) return 'outputValue'
  return 'other'
}

function countMetric(c: FigureContext): Metric {
  if (/^(重点|区办|政府)?(任务|实事|工作(?!落实|机制))/.test(c.tail)) return 'taskCount'
  if (/项目$/.test(c.head) || /^[^，,。；;：:]{0,24}项目/.test(c.tail)) return 'projectCount'
  return 'other'
}

/** The metric of a figure. */
export function classifyMetric(c: FigureContext): Metric {
  if (isThreshold(c)) return 'other'
  if (MONEY.has(c.unit)) return moneyMetric(c.head)
  if (c.unit === '%') return /增长$|增长[^，,]{0,4}$/.test(c.head) ? 'growthRate' : 'other'
  if (c.unit === '万平方米' || c.unit === '平方米')
    return /拆迁|拆除/.test(c.head) ? 'demolition' : 'floorArea'
  // 市场主体 count sole traders too: not a number of enterprises.
  if (c.unit === '家' || c.unit === '万家')
    return /市场主体/.test(c.head) ? 'marketEntities' : 'enterpriseCount'
  // Only a counter counts projects or tasks: 50亩, 3公里, 16市 and a unitless number never do.
  if (COUNTERS.has(c.unit)) return countMetric(c)
  return 'other'
}

/** The next item of a list of figures (、143个…): its words belong to that figure. */
const ENUMERATION = /、(?=[\d两三四五六七八九十])/

const CATEGORY_RULES: readonly [Category, RegExp][] = [
  ['urbanRenewal', /城市更新|拆迁|老旧小区|旧城/],
  ['infrastructure', /基础设施|配套|路网|港口|机场/],
  ['livelihood', /民生|实事|就业|职业院校|师生|共同富裕|集体经济/],
  ['talent', /人才|院士|团队/],
  ['culture', /影视|文化|旅游/],
  ['economy', /生产总值|GDP|预算收入|增加值|市场主体/],
  ['industry', /产业|项目|企业|园区|制造|实体经济|产值/],
]

/** Keyword-based category, first rule that matches the figure's sentence wins. */
export function classifyCategory(c: FigureContext, sentence: string): Category {
  if (isThreshold(c)) return 'threshold'
  // Stop at the next number: 189个投资支撑项目、143个重点基础设施项目 is not about infrastructure.
  const near = `${c.head.split(/[、\d]/).pop() ?? ''}${c.tail.split(ENUMERATION)[0] ?? ''}`
  for (const [category, re] of CATEGORY_RULES) if (re.test(near)) return category
  for (const [category, re] of CATEGORY_RULES) if (re.test(sentence)) return category
  return 'general'
}
