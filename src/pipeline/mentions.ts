import type { Area, Span } from '../types/pledge'
import { LEADING_WORD } from './frames'

/** An area named in the text. */
export interface Mention extends Span {
  areaId: string
  /**
   * Named where a subject stands: at a sentence or clause start, after a list comma, or right
   * after another name (城阳区城阳街道). 攻坚王台老工业区升级改造 names an object, not the actor.
   */
  subject: boolean
  /**
   * Named as the place of an event, not as its actor: 在崂山区召开…, 仪式在西海岸新区举行.
   * A venue is never a subject.
   */
  venue: boolean
  /**
   * Named as the site of a project or plant (落户城阳区棘洪滩街道, 位于董家口经济区的…项目): the
   * project's figures in the same sentence are the site's, but the site is not the actor of
   * what the text says next.
   */
  site: boolean
  /** The district the area lies in (itself for a district), for 全区/该区 naming it again. */
  districtId: string
}

const SUBJECT_BEFORE = /[。！？；;，,、：:“”\s(（]/
/** 其中崂山区12个: the first item of a breakdown names its own subject. */
const BREAKDOWN_BEFORE = /其中$/
/** Words that site a project or a plant: the name after them is a location. */
const SITED_BEFORE = /(?:落户|落地|位于|坐落于?|选址|布局在|落子)(?:在|于)?$/
/** 在/于 + name + (a few words) + an event verb: the name is where it happens. */
const VENUE_BEFORE = /(?:在|于)$/
const EVENT_AFTER =
  /^[^，,。！？；;、]{0,12}?(?:举行|举办|召开|开幕|启幕|闭幕|启动|签约|奠基|揭牌|开展|进行|落幕)/

/** Whether the name at `start..end` is an event's venue. */
function isVenue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start)
  return VENUE_BEFORE.test(before) && EVENT_AFTER.test(text.slice(end, end + 20))
}

/**
 * Find area names by a left-to-right longest-match scan over all aliases, so 城阳区城阳街道
 * yields 城阳区 then 城阳街道, and 西海岸交通商务区 is the zone, not the district.
 */
export function textToMentions(text: string, areas: readonly Area[]): Mention[] {
  const names = areas
    .flatMap((a) =>
      a.aliases.map((name) => ({ name, areaId: a.id, districtId: a.parentId ?? a.id })),
    )
    .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name))
  const out: Mention[] = []
  let i = 0
  while (i < text.length) {
    const hit = names.find((n) => text.startsWith(n.name, i))
    if (hit) {
      const prev = text[i - 1]
      const end = i + hit.name.length
      // 落户城阳区城阳街道: a name right after a venue or site is part of the same address.
      const last = out[out.length - 1]
      const adjacent = last?.end === i
      const venue = isVenue(text, i, end) || (adjacent && last.venue)
      const site = SITED_BEFORE.test(text.slice(Math.max(0, i - 6), i)) || (adjacent && last.site)
      const subject =
        !venue &&
        (prev === undefined ||
          SUBJECT_BEFORE.test(prev) ||
          BREAKDOWN_BEFORE.test(text.slice(Math.max(0, i - 2), i)) ||
          LEADING_WORD.test(text.slice(Math.max(0, i - 8), i)) ||
          site ||
          adjacent)
      const { areaId, districtId } = hit
      out.push({ start: i, end, areaId, districtId, subject, venue, site })
      i += hit.name.length
    } else i += 1
  }
  return out
}

/** Words that end like a place name but are not one (全区, 示范区, 开发区 …). */
const NOT_PLACES =
  /^(青岛市?|各?区市|新城区)$|(园区|街区|城区|市区|港区|景区|社区|片区|辖区|城市|都市|上市|强区|全市|各区|示范区|功能区|开发区|保税区|自贸区)$/

/** Verbs of place before a name (落户中云街道, 位于…镇): the name is what follows them. */
const VERBS = '落户|位于|入驻|地处|来到|走进|深入|前往|扎根'
const VERB_BEFORE = new RegExp(`^(${VERBS})`)

/** A numeral, particle or verb left in the stem: 推动新区, 为法治新区, 真正把街道 are phrases. */
const PHRASE =
  /^[一二三四五六七八九十各全该本个]|推动|打造|助推|助力|聚焦|赋能|规划|今年|真正|报告|[为是把将的带等]/

/**
 * Places named in the text that look like areas below a district (…新区, …街道, …镇) but are
 * absent from the registry, for `problems` (their figures may go to a neighbour): a name where
 * one can start (after punctuation, a line break or a district name: 崂山区金家岭街道,
 * 、蓝村街道, 落户中云街道 without its verb), first occurrence only.
 */
export function textToUnknownPlaces(text: string, areas: readonly Area[]): Span[] {
  const aliases = areas.flatMap((a) => a.aliases)
  const known = aliases.flatMap((alias) =>
    [...text.matchAll(new RegExp(alias, 'g'))].map((m) => [m.index, m.index + alias.length]),
  )
  const seen = new Set<string>()
  const out: Span[] = []
  // A name starts after punctuation, a line break or a verb of place (落户, 位于 …); a street or
  // town also right after its district (崂山区金家岭街道), never a 新区 (功能区强则新区).
  const pattern = new RegExp(
    `(?<=^|[^\\p{Script=Han}]|${VERBS})[\\p{Script=Han}]{2,4}?(?:新区|街道|镇)` +
      `|(?<=[区市])[\\p{Script=Han}]{2,4}?(?:街道|镇)`,
    'gmu',
  )
  for (const m of text.matchAll(pattern)) {
    const verb = VERB_BEFORE.exec(m[0])?.[0] ?? ''
    const name = m[0].slice(verb.length)
    const start = m.index + verb.length
    const end = m.index + m[0].length
    const stem = name.replace(/(新区|街道|镇)$/, '').length
    if (stem < 2 || stem > 4 || NOT_PLACES.test(name) || PHRASE.test(name)) continue
    if (seen.has(name) || known.some(([ks = 0, ke = 0]) => ks < end && start < ke)) continue
    seen.add(name)
    out.push({ start, end })
  }
  return out
}
