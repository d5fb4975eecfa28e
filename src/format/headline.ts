import { YI_PER_UNIT } from '../metrics/rules'
import type { AreaHeadlines, Figure, Headline, Horizon } from '../types/pledge'
import type { MapMetric } from '../types/view'
import { messages } from '../i18n/messages'
import {
  formatBound,
  formatDate,
  formatMetric,
  formatNumber,
  isRatio,
  toSignificant,
  type Lang,
  type RoundTowards,
} from './number'

/**
 * Headlines as the reports write them: the qualifier where the text puts it (约60亿元, 670多亿元,
 * 300个以上), the period the figure covers, what it measures, and — for a sum — that it is
 * derived and from which parts. Every view that shows a headline uses these.
 */

type HeadlineMetric = 'investment' | 'projects'

const PREFIXES = ['约', '超过', '突破', '过', '达到']
const SUFFIXES = ['多', '余']

/** Just the number with its qualifier words, as in the text: 约60, 290多, 130以上. */
function numberZh(value: number, low: number | null, markers: readonly string[]): string {
  const pre = markers.filter((m) => PREFIXES.includes(m)).join('')
  const suf = markers.filter((m) => SUFFIXES.includes(m)).join('')
  const n = formatNumber(value, 'zh', 2).replace(/,/g, '')
  return `${pre}${low !== null ? `${formatNumber(low, 'zh', 2)}—` : ''}${n}${suf}`
}

const BOUND_EN: Record<Headline['bound'], string> = {
  exact: '',
  approx: 'about ',
  over: 'over ',
  atLeast: 'at least ',
  range: '',
}

/** What writing a value with its qualifier needs, from a headline or a figure. */
type Qualified = Pick<Headline, 'value' | 'low' | 'bound' | 'markers'>

/** The value with its qualifier as written: "约60亿元", "670多亿元" / "about CNY 6 bn". */
export function formatHeadline(metric: HeadlineMetric, h: Qualified, lang: Lang): string {
  if (lang === 'zh') {
    const unit = metric === 'investment' ? '亿元' : '个'
    const after = h.markers.includes('以上') ? '以上' : ''
    return `${numberZh(h.value, h.low, h.markers)}${unit}${after}`
  }
  const range = h.low !== null ? `${formatMetric(metric, h.low, 'en')} to ` : ''
  return `${BOUND_EN[h.bound]}${range}${formatMetric(metric, h.value, 'en')}`
}

/**
 * The period a figure covers, in one short phrase: 2023年下半年 / H2 2023; 2022—2024年（未来三年）
 * / 2022–2024 (next three years); 未注明期限 / no period stated — with the report's month, as
 * that is all a reader can go by.
 */
export function formatPeriod(h: Horizon, reportDate: string, lang: Lang): string {
  const said = h.text ? `（${h.text}）` : ''
  const y = h.startYear
  const e = h.endYear
  if (lang === 'zh') {
    switch (h.kind) {
      case 'year':
        return `${y}年${said}`
      case 'secondHalf':
        return `${y}年下半年`
      case 'multiYear':
        return `${y}—${e}年${said}`
      case 'byYear':
        return `到${e}年`
      case 'unspecified':
        return `未注明期限（${formatDate(reportDate, 'reportMonthShort', 'zh')}报道）`
    }
  }
  switch (h.kind) {
    case 'year':
      return `${y}`
    case 'secondHalf':
      return `H2 ${y}`
    case 'multiYear':
      return `${y}–${e} (${(e ?? 0) - (y ?? 0) + 1} years)`
    case 'byYear':
      return `by ${e}`
    case 'unspecified':
      return `no period stated (report of ${formatDate(reportDate, 'reportMonthShort', 'en')})`
  }
}

/** What a headline measures: 项目总投资 / project portfolio; 新开工项目 / new starts … */
export function formatMeasure(
  h: Pick<Headline, 'measure'>,
  metric: HeadlineMetric,
  lang: Lang,
): string {
  if (metric === 'projects' && (h.measure === 'portfolio' || h.measure === 'signed')) {
    return messages[lang].countMeasure[h.measure]
  }
  return messages[lang].measure[h.measure]
}

/**
 * For a derived sum, its label with the parts as written: "合计：290多 + 380 亿元（两个项目清单）"
 * / "derived: over CNY 29 bn + CNY 38 bn (2 project lists)"; null for a stated figure.
 */
export function formatDerived(
  metric: HeadlineMetric,
  h: Headline,
  figures: ReadonlyMap<string, Figure>,
  lang: Lang,
): string | null {
  if (!h.derived) return null
  const parts = h.figureIds.flatMap((id) => {
    const f = figures.get(id)
    return f ? [f] : []
  })
  const n = parts.length
  if (lang === 'zh') {
    const unit = metric === 'investment' ? '亿元' : '个'
    const sum = parts.map((f) => numberZh(f.value, f.low, f.qualifier.markers)).join(' + ')
    return `合计：${sum} ${unit}（${n}个项目清单相加）`
  }
  const sum = parts
    .map((f) => `${BOUND_EN[f.qualifier.bound]}${formatMetric(metric, f.value, 'en')}`)
    .join(' + ')
  return `derived: ${sum} (${n} project lists added)`
}

/** A headline that is a floor (130个以上, 290多亿元): read as "at least". */
export const isFloor = (h: Headline | null | undefined): boolean =>
  h?.bound === 'over' || h?.bound === 'atLeast'

/**
 * Which headline a map metric is read from: investment and its ratios (per km², per resident)
 * the investment headline, so they carry its qualifier, period and derived label; the figure
 * count none.
 */
export function headlineBase(metric: MapMetric): HeadlineMetric | null {
  return metric === 'projects' ? 'projects' : metric === 'figureCount' ? null : 'investment'
}

/** The headline a map metric's value of an area comes from; see {@link headlineBase}. */
export function headlineOfMetric(
  metric: MapMetric,
  headlines: AreaHeadlines | undefined,
): { base: HeadlineMetric; h: Headline } | null {
  const base = headlineBase(metric)
  const h = base ? headlines?.[base] : null
  return base && h ? { base, h } : null
}

/**
 * A figure's value as the text writes it, unit included: "57亿元", "130个以上" / "CNY 5.7 bn",
 * "at least 130 projects" — for figures shown beside a headline (另见).
 */
export function formatFigureValue(f: Figure, lang: Lang): string {
  const q = { value: f.value, low: f.low, bound: f.qualifier.bound, markers: f.qualifier.markers }
  if (lang === 'zh') {
    const after = q.markers.includes('以上') ? '以上' : ''
    return `${numberZh(q.value, q.low, q.markers)}${f.unit}${after}`
  }
  const yi = YI_PER_UNIT[f.unit]
  if (f.metric === 'investment' && yi !== undefined) {
    const low = q.low === null ? null : q.low * yi
    return formatHeadline('investment', { ...q, value: q.value * yi, low }, 'en')
  }
  if (f.metric === 'projectCount') return formatHeadline('projects', q, 'en')
  return `${BOUND_EN[q.bound]}${formatNumber(q.value, 'en', 2)} ${f.unit}`
}

/** How a ratio of a qualified amount keeps its qualifier: 约 / 超过 / 不少于 / 至多 before it. */
const RATIO_BOUND: Record<Lang, Record<Headline['bound'], string>> = {
  zh: { exact: '', approx: '约', over: '超过', atLeast: '不少于', range: '至多' },
  // A range's ratio is taken from its upper end.
  en: { exact: '', approx: 'about ', over: 'over ', atLeast: 'at least ', range: 'up to ' },
}

/**
 * How a ratio of a qualified amount may be rounded and stay true: a lower bound ("over",
 * "at least") down, a range's upper end ("up to") up, anything else to the nearest.
 */
const towardsOf = (bound: Headline['bound'] | undefined): RoundTowards =>
  bound === 'over' || bound === 'atLeast' ? 'down' : bound === 'range' ? 'up' : 'nearest'

/** The qualifier as a sign, where a table column has no room for words: ≈6, >67, ≥300, ≤30. */
const BOUND_SIGN: Record<Headline['bound'], string> = {
  exact: '',
  approx: '≈',
  over: '>',
  atLeast: '≥',
  // A range's ratio is taken from its upper end.
  range: '≤',
}

/**
 * A map metric's value with the qualifier of the headline it comes from, without the unit (the
 * table's header has it). Chinese keeps the words as written (670多, 约60, 300以上, 20—30);
 * English, and every ratio (per km², per resident) of a qualified amount, a sign (>67, ≈6,
 * ≥300, 20–30; >3,462): a table column has no room for "at least".
 */
export function formatCellValue(
  metric: MapMetric,
  value: number,
  h: Headline | null,
  lang: Lang,
): string {
  const rounded = (v: number) =>
    formatBound(metric, isRatio(metric) ? toSignificant(v, towardsOf(h?.bound)) : v, lang)
  if (!h) return rounded(value)
  if (metric !== 'investment' && metric !== 'projects') {
    return `${BOUND_SIGN[h.bound]}${rounded(value)}`
  }
  // A stated amount keeps the digits the text gives it (760.9, not 761).
  const n = (v: number) =>
    metric === 'investment' && lang === 'en'
      ? formatNumber(v / 10, 'en', 3)
      : formatNumber(v, lang, 2)
  if (lang === 'zh') {
    const pre = h.markers.filter((m) => PREFIXES.includes(m)).join('')
    const suf = h.markers.filter((m) => SUFFIXES.includes(m)).join('')
    const after = h.markers.includes('以上') ? '以上' : ''
    return `${pre}${h.low !== null ? `${n(h.low)}—` : ''}${n(h.value)}${suf}${after}`
  }
  if (h.low !== null) return `${n(h.low)}–${n(h.value)}`
  return `${BOUND_SIGN[h.bound]}${n(h.value)}`
}

/**
 * A map metric's value with its unit and the qualifier of its headline, for the tooltip: the
 * headline as written for investment and projects ("670多亿元"), a ratio with its qualifier in
 * words ("约 3,462 万元/km²").
 */
export function formatMetricValue(
  metric: MapMetric,
  value: number,
  h: Headline | null,
  lang: Lang,
): string {
  if (!h) return formatMetric(metric, value, lang)
  if (metric === 'investment' || metric === 'projects') return formatHeadline(metric, h, lang)
  return `${RATIO_BOUND[lang][h.bound]}${formatMetric(metric, value, lang, towardsOf(h.bound))}`
}

/**
 * The period in as few words as a table column allows: 2022—2024年, 2023年下半年, 未注明（2022年5月报道）
 * / 2022–24, H2 2023, not stated (May 2022). The words the text uses (未来三年) are left to
 * {@link formatPeriod}, which a screen reader gets beside it.
 */
export function formatPeriodShort(h: Horizon, reportDate: string, lang: Lang): string {
  const y = h.startYear
  const e = h.endYear
  const reportMonth = formatDate(reportDate, 'reportMonthShort', lang)
  if (lang === 'zh') {
    switch (h.kind) {
      case 'year':
        return `${y}年`
      case 'secondHalf':
        return `${y}年下半年`
      case 'multiYear':
        return `${y}—${e}年`
      case 'byYear':
        return `到${e}年`
      case 'unspecified':
        return `未注明（${reportMonth}报道）`
    }
  }
  switch (h.kind) {
    case 'year':
      return `${y}`
    case 'secondHalf':
      return `H2 ${y}`
    case 'multiYear':
      return `${y}–${String(e).slice(2)}`
    case 'byYear':
      return `by ${e}`
    case 'unspecified':
      return `not stated (${reportMonth})`
  }
}

const CLAUSE_ENDS = new Set([...'，,。；;：:！!？?“”"「」'])
const LIST_ENDS = new Set([...CLAUSE_ENDS, '、'])

/**
 * The clause of a figure's sentence that holds its number, as a few words of context beside a
 * value (另见 57亿元 — 今年将重点抓好总投资57亿元的36项政府实事). A clause longer than `max`
 * characters is cut around the number, with "…" where it was cut. As a `listItem`, the clause
 * ends at a list comma (、) as well.
 */
export function figureClause(
  f: Pick<Figure, 'quote' | 'start' | 'numberStart' | 'numberEnd'>,
  max = 30,
  listItem = false,
): string {
  // A list item stops at 、 too: 新开工50个项目、新竣工50个项目 are two pledges.
  const ends = listItem ? LIST_ENDS : CLAUSE_ENDS
  const from = f.numberStart - f.start
  const to = f.numberEnd - f.start
  let a = from
  while (a > 0 && !ends.has(f.quote[a - 1]!)) a--
  let b = to
  while (b < f.quote.length && !ends.has(f.quote[b]!)) b++
  if (b - a <= max) return f.quote.slice(a, b)
  const room = Math.max(0, max - (to - from))
  const left = Math.max(a, from - Math.ceil(room / 2))
  const right = Math.min(b, to + (room - (from - left)))
  return `${left > a ? '…' : ''}${f.quote.slice(left, right)}${right < b ? '…' : ''}`
}
