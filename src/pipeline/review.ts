import type { Area, PledgeData } from '../types/pledge'
import { textToExcludedSpans } from './exclusions'

/** Arabic numerals of `text` that are neither in a figure of the report nor excluded with a reason. */
export function unaccountedNumerals(
  text: string,
  data: PledgeData,
  reportId: string,
): { text: string; at: number }[] {
  const figures = data.figures.filter((f) => f.reportId === reportId)
  const excluded = textToExcludedSpans(text)
  const missed: { text: string; at: number }[] = []
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const s = m.index
    const e = s + m[0].length
    const covered =
      figures.some((f) => f.numberStart <= s && e <= f.numberEnd) ||
      excluded.some((x) => x.start <= s && e <= x.end)
    if (!covered)
      missed.push({ text: text.slice(Math.max(0, s - 12), e + 12).replace(/\s+/g, ' '), at: s })
  }
  return missed
}

/** Words that end like a place name but are not one. */
const NOT_PLACES = new Set([
  '青岛市',
  '青岛',
  '城区',
  '市区',
  '全市',
  '全区',
  '园区',
  '社区',
  '片区',
  '景区',
  '辖区',
  '城市',
  '都市',
  '上市',
  '新城区',
  '示范区',
  '功能区',
  '开发区',
  '保税区',
  '自贸区',
  '各区市',
  '区市',
])

/** Endings of common nouns that are not places (园区 parks, 街区 blocks, 港区 port areas …). */
const NOT_PLACE_ENDINGS = /(园区|街区|城区|市区|港区|景区|社区|片区|强区|全市|各区|示范区|功能区)$/

/** A verb, numeral or particle in the stem: 推动新区, 为法治新区, 真正把街道 are phrases, not names. */
const VERB_PHRASE =
  /^[一二三四五六七八九十各全该本个]|推动|打造|助推|助力|聚焦|赋能|规划|今年|真正|报告|[为是把]/

/**
 * Names in the text that look like areas below a district (…新区, …街道, …镇) but
 * are not in the registry, so their figures may be attributed to a neighbour: a reviewer adds an
 * alias or an area, or an override.
 */
export function unknownPlaceNames(
  text: string,
  areas: readonly Area[],
): { name: string; at: number }[] {
  const aliases = areas.flatMap((a) => a.aliases)
  const known = aliases.flatMap((alias) =>
    [...text.matchAll(new RegExp(alias, 'g'))].map((m) => [m.index, m.index + alias.length]),
  )
  const found: { name: string; at: number }[] = []
  // Only the levels the registry tracks below districts: …新区, …街道, …镇, and only where a name
  // can start (after punctuation or a line break), so verb phrases such as 推动新区 stay out.
  const pattern = /(?<=^|[^\p{Script=Han}])[\p{Script=Han}]{2,4}?(?:新区|街道|镇)/gmu
  for (const m of text.matchAll(pattern)) {
    const s = m.index
    const e = s + m[0].length
    if (NOT_PLACES.has(m[0]) || NOT_PLACE_ENDINGS.test(m[0]) || VERB_PHRASE.test(m[0])) continue
    if (known.some(([ks = 0, ke = 0]) => ks < e && s < ke)) continue
    found.push({ name: m[0], at: s })
  }
  return found
}

/**
 * The review printed before anything is published: what the new report adds, where it goes,
 * and what needs a decision (unknown areas, figures without an area, numbers not understood).
 */
export function reviewNewReport(data: PledgeData, reportId: string, text: string): string {
  const unknown = unknownPlaceNames(text, data.areas)
  const report = data.reports.find((r) => r.id === reportId)
  const figures = data.figures.filter((f) => f.reportId === reportId)
  const problems = data.problems.filter((p) => p.reportId === reportId)
  const commitments = data.commitments.filter((c) => c.reportId === reportId)
  const missed = unaccountedNumerals(text, data, reportId)
  const lines = [
    `Report ${reportId}: ${report?.headline ?? '?'}`,
    `  outlet ${report?.outlet ?? '?'}, date ${report?.date ?? '?'}, ${text.length} characters`,
    `New figures: ${figures.length}`,
    ...figures.map(
      (f) =>
        `  ${f.id}  ${(f.areaId ?? '(no area)').padEnd(20)} ${f.metric.padEnd(15)} ${f.value} ${f.unit}` +
        `  ${f.kind}${f.moneyType ? `/${f.moneyType}` : ''}${f.countSet ? `/${f.countSet}` : ''}` +
        `${f.duplicateOf ? `  (restates ${f.duplicateOf})` : ''}  «${f.quote.slice(0, 40)}»`,
    ),
    `New commitments: ${commitments.length}`,
    `Problems: ${problems.length + missed.length + unknown.length}`,
    ...unknown.map(
      (u) => `  warning unknownArea at ${u.at}: «${u.name}» is not in the area registry`,
    ),
    ...problems.map((p) => `  ${p.severity} ${p.kind} at ${p.start}: ${p.message}`),
    ...figures
      .filter((f) => f.areaId === null)
      .map((f) => `  warning noArea ${f.id}: no area could be attributed`),
    ...missed.map((m) => `  warning unparsedNumber at ${m.at}: «${m.text}»`),
  ]
  return lines.join('\n')
}
