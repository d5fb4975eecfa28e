import type { Figure, Metric } from '../types/pledge'
import { messages } from '../i18n/messages'
import { formatNumber } from './number'

/** The English metric names of the UI, so the gloss and the chips say the same. */
const METRIC_EN: Record<Metric, string> = messages.en.figureMetric

/** Chinese units in English; amounts in 亿/万 are rescaled to words a reader knows. */
function unitEn(value: number, unit: string): string {
  switch (unit) {
    case '亿元':
    case '亿级':
      return `CNY ${formatNumber(value / 10, 'en', 2)} bn`
    case '万元':
      return `CNY ${formatNumber(value / 100, 'en', 2)} m`
    case '万亿元':
      return `CNY ${formatNumber(value, 'en', 2)} tn`
    case '万平方米':
      // 608万平方米 reads as 6.08 million m², not as seven digits.
      return value >= 100
        ? `${formatNumber(value / 100, 'en', 3)} million m²`
        : `${formatNumber(value * 10_000, 'en')} m²`
    case '平方米':
      return `${formatNumber(value, 'en')} m²`
    case '平方公里':
      return `${formatNumber(value, 'en', 2)} km²`
    case '万人':
    case '万家':
      return formatNumber(value * 10_000, 'en')
    case '%':
      return `${formatNumber(value, 'en', 2)}%`
    default:
      return formatNumber(value, 'en', 2)
  }
}

/** Units that count things: the gloss names the things ("8 industrial chains"), not a metric. */
const COUNT_UNITS = new Set(['个', '项', '件', '家', '万家', '条', '所', '座', '大', '人', '万人'])
const PEOPLE_UNITS = new Set(['人', '万人'])

/**
 * Nouns a bare count can be of, as the text writes them. Where several follow a number, the
 * last one before a break is the head of the phrase (十大人才工程 are programmes, not talent).
 */
const COUNT_NOUN: Record<string, string> = {
  产业链: 'industrial chains',
  产业集群: 'industrial clusters',
  集群: 'clusters',
  产业园区: 'parks',
  产业园: 'parks',
  园区: 'parks',
  产业: 'industries',
  职业院校: 'vocational colleges',
  学校: 'schools',
  企业: 'enterprises',
  人才: 'talent teams',
  团队: 'talent teams',
  工程: 'programmes',
  项目: 'projects',
  领域: 'fields',
  平台: 'platforms',
  行动: 'campaigns',
  任务: 'tasks',
  方面: 'aspects',
}
// Longest first, so that 产业链 wins over 产业 at the same position.
const NOUN_WORDS = Object.keys(COUNT_NOUN).sort((a, b) => b.length - a.length)
const NOUN_RE = new RegExp(NOUN_WORDS.join('|'), 'g')
const NOUN_AT_END = new RegExp(`(${NOUN_WORDS.join('|')})等?$`)

/**
 * The phrase after a number, up to a clause break or a conjunction (七条产业链和四大专业化园区
 * holds two phrases). A list comma does not end it: in 3个千亿级、3个五百亿级产业集群 both counts
 * share the noun at its end.
 */
const phraseAfter = (tail: string) => tail.split(/[，,；;。：:！？\n和及与]/)[0]!.slice(0, 16)
/** The clause before a number, back to the last comma of any kind. */
const clauseBefore = (head: string) => head.split(/[，,、；;。：:！？\n]/).pop() ?? ''

/** What a count is of, from the words after the number, else a noun just before it. */
export function countNoun(head: string, tail: string): string | null {
  const after = [...phraseAfter(tail).matchAll(NOUN_RE)].pop()?.[0]
  const before = NOUN_AT_END.exec(clauseBefore(head))?.[1]
  const word = after ?? before
  return word === undefined ? null : (COUNT_NOUN[word] ?? null)
}

/** Who a number of people are: 新增就业7万人 are new jobs, 在校师生…7万人 students and teachers. */
export function peopleNoun(head: string, tail: string): string {
  const near = clauseBefore(head)
  if (/就业/.test(near) || /^就业/.test(tail)) return /新增/.test(near) ? 'new jobs' : 'jobs'
  if (/师生/.test(near)) return 'students and teachers'
  return 'people'
}

const BOUND_EN = { exact: '', approx: 'about ', over: 'over ', atLeast: 'at least ', range: '' }

/**
 * A size class (千亿级, 百亿元项目, 过30亿元项目) is a threshold projects or industries are
 * measured against, never an amount pledged: "CNY 100 bn-class", "projects over CNY 3 bn".
 */
function glossThreshold(figure: Figure, tail: string): string {
  const money = unitEn(figure.value, figure.unit)
  if (figure.qualifier.bound === 'over') {
    const noun = countNoun('', tail)
    return noun ? `${noun} over ${money}` : `size class: over ${money}`
  }
  return `${money}-class${figure.qualifier.bound === 'atLeast' ? ' and above' : ''}`
}

/** The label of an amount: its metric, except money that is spent rather than invested. */
function amountLabel(figure: Figure): string {
  // 民生投入 is spending on services, not an investment in assets.
  if (figure.metric === 'investment' && figure.moneyType === 'spending') return 'spending'
  return METRIC_EN[figure.metric]
}

/**
 * An English gloss of a figure for readers of the Chinese quote: what, how much, with which
 * qualifier — e.g. "investment: over CNY 93 bn", "8 industrial chains", "70,000 new jobs".
 */
export function glossFigure(figure: Figure): string {
  const head = figure.quote.slice(0, figure.numberStart - figure.start)
  const tail = figure.quote.slice(figure.numberEnd - figure.start)
  if (figure.category === 'threshold') return glossThreshold(figure, tail)
  const amount = unitEn(figure.value, figure.unit)
  const range = figure.low !== null ? `${unitEn(figure.low, figure.unit)} to ` : ''
  const bound = BOUND_EN[figure.qualifier.bound]
  if (!COUNT_UNITS.has(figure.unit)) return `${amountLabel(figure)}: ${bound}${range}${amount}`
  const noun = PEOPLE_UNITS.has(figure.unit)
    ? peopleNoun(head, tail)
    : figure.metric === 'other'
      ? (countNoun(head, tail) ?? 'items')
      : METRIC_EN[figure.metric]
  return `${bound}${range}${amount} ${noun}`
}

/** What a project count counts, in words: 新引进 are projects introduced, 新开工 project starts. */
const COUNT_SET_EN: Record<NonNullable<Figure['countSet']>, string> = {
  portfolio: 'projects',
  introduced: 'projects introduced',
  signed: 'projects signed',
  started: 'project starts',
  completed: 'projects completed',
  pipeline: 'projects under negotiation',
  other: 'projects',
}

/** The noun phrase of an amount: "a project portfolio of", "GDP of", "spending of". */
function amountPhrase(figure: Figure): string {
  if (figure.metric === 'investment') {
    switch (figure.moneyType) {
      case 'portfolio':
        return 'a project portfolio of'
      case 'annualPlan':
        return 'planned investment of'
      case 'spending':
        return 'spending of'
      case 'signed':
        return 'signed investment of'
      default:
        return 'investment of'
    }
  }
  if (figure.metric === 'growthRate') return 'growth of'
  if (figure.metric === 'other') return figure.unit === '%' ? 'a share of' : ''
  return `${METRIC_EN[figure.metric]} of`
}

/** The figure's value as a noun phrase with its qualifier: "over 800 enterprises". */
export function figurePhrase(figure: Figure, paired: Figure | null = null): string {
  if (figure.category === 'threshold') return glossThreshold(figure, tailOf(figure))
  const range = figure.low !== null ? `${unitEn(figure.low, figure.unit)} to ` : ''
  const bound = BOUND_EN[figure.qualifier.bound]
  const amount = `${bound}${range}${unitEn(figure.value, figure.unit)}`
  const withPair = paired ? ` (${figurePhrase(paired)})` : ''
  if (!COUNT_UNITS.has(figure.unit)) {
    return `${amountPhrase(figure)} ${amount}${withPair}`.trim()
  }
  const head = figure.quote.slice(0, figure.numberStart - figure.start)
  const tail = tailOf(figure)
  const noun = PEOPLE_UNITS.has(figure.unit)
    ? peopleNoun(head, tail)
    : figure.metric === 'projectCount'
      ? COUNT_SET_EN[figure.countSet ?? 'other']
      : figure.metric === 'other' || figure.metric === 'enterpriseCount'
        ? (countNoun(head, tail) ?? METRIC_EN[figure.metric].replace(/^other$/, 'items'))
        : METRIC_EN[figure.metric]
  return `${amount} ${noun}${withPair}`
}

const tailOf = (f: Figure) => f.quote.slice(f.numberEnd - f.start)

/** The period as the end of a sentence: "in 2023", "over 2022–2024", "by 2026". */
function periodPhrase(h: Figure['horizon']): string {
  switch (h.kind) {
    case 'year':
      return `in ${h.startYear}`
    case 'secondHalf':
      return `in H2 ${h.startYear}`
    case 'multiYear':
      return `over ${h.startYear}–${h.endYear}`
    case 'byYear':
      return `by ${h.endYear}`
    case 'unspecified':
      return '(no period stated)'
  }
}

/** Who says what of a figure: a pledge is pledged, a 力争 target aimed for, a result reported. */
function verbOf(figure: Figure): string {
  if (figure.kind === 'achievement') return 'reports'
  if (figure.kind === 'context') return 'cites'
  return figure.qualifier.aspirational ? 'aims for' : 'pledges'
}

/**
 * A one-line English summary of a figure, built from its fields only (never a translation of
 * the sentence): who, what kind, the value with unit and qualifier, the period — "Laoshan
 * pledges a project portfolio of CNY 93 bn (334 projects) over 2022–2024."
 * `subject` is the area's English name (or "Qingdao" for a city-wide figure).
 */
export function summariseFigure(figure: Figure, subject: string, paired: Figure | null = null) {
  // A size class is a yardstick the text measures things against, never a pledged amount.
  if (figure.category === 'threshold') {
    return `${subject} uses a size class, ${figurePhrase(figure)}: a threshold, not an amount.`
  }
  return `${subject} ${verbOf(figure)} ${figurePhrase(figure, paired)} ${periodPhrase(figure.horizon)}.`
}
