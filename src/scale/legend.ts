import { formatBound } from '../format/number'
import { messages } from '../i18n/messages'
import type { Lang, MapMetric } from '../types/view'
import { binLabel, classBins, type Choropleth } from './choropleth'
import type { ClassMethod } from './classify'
import type { ZoneSymbols } from './zoneSymbols'

/** What the classification did that the reader would not expect from the settings. */
export type ClassNote =
  /** Fewer classes than chosen: there are only `valued` areas (or `distinct` values) to split. */
  | { kind: 'fewerClasses'; shown: number; requested: number; valued: number }
  | { kind: 'fewerDistinct'; shown: number; requested: number; distinct: number }
  /** Equal intervals left `empty` of the `shown` classes without an area. */
  | { kind: 'emptyClasses'; shown: number; empty: number }
  /** Every class holds exactly one area: the colours are a ranking. */
  | { kind: 'oneEach'; n: number }

/**
 * Pure: what to tell the reader about the classes of `c` given the `requested` count and
 * `method`, or null when the classes are what the settings promise.
 */
export function classNote(c: Choropleth, requested: number, method: ClassMethod): ClassNote | null {
  const bins = classBins(c)
  const values = c.values.flatMap((v) => (v.value === null ? [] : [v.value]))
  const shown = bins.length
  if (shown === 0) return null
  if (shown < requested) {
    const distinct = new Set(values).size
    return distinct < values.length
      ? { kind: 'fewerDistinct', shown, requested, distinct }
      : { kind: 'fewerClasses', shown, requested, valued: values.length }
  }
  const empty = bins.filter((b) => b.members.length === 0).length
  if (method === 'equal' && empty > 0) return { kind: 'emptyClasses', shown, empty }
  if (shown > 1 && bins.every((b) => b.members.length === 1)) return { kind: 'oneEach', n: shown }
  return null
}

/** One row of the district block: a class (or the no-data bin) and its areas. */
export interface LegendEntry {
  /** Bin index ({@link NO_DATA_BIN} for no data), the key the legend filter uses. */
  index: number
  colour: string
  /** Drawn with the no-data hatch. */
  hatched: boolean
  /** "120 – 930", or the one wording of "no figure reported". */
  label: string
  count: number
  /** "3 个地区" / "3 areas". */
  countLabel: string
  members: readonly string[]
}

/** One reference circle of the zones' size key. */
export interface LegendCircle {
  value: number
  /** CSS pixels, the same scale as the map's symbols. */
  radius: number
  label: string
}

/**
 * Everything a legend says, worded in one language: the explorer's legend, the compact phone
 * legend, the PNG export and the tour draw this, so they all say the same. Colours and radii are
 * those of the map (the bins and the zone symbols), so a drawing needs nothing else.
 */
export interface LegendModel {
  metric: MapMetric
  lang: Lang
  /** "已承诺项目总投资" / "Pledged project portfolio". */
  title: string
  /** "亿元" / "CNY bn". */
  unit: string
  districts: {
    title: string
    /** Classes light to dark, then the no-data entry when some district has no figure. */
    entries: LegendEntry[]
    /** Lowest and highest value of the classes, for a one-row ramp; null with no values. */
    extent: { min: string; max: string } | null
    /** "分级：自然断点". */
    method: string
    /** What the classification did that the settings do not say, or null. */
    note: string | null
  }
  /** Null when the zones are not drawn. */
  zones: {
    title: string
    /** "圆的面积与数值成正比…". */
    size: string
    /** Reference circles, largest first (empty when no zone has a value). */
    circles: LegendCircle[]
    /** The hollow marker of zones with no figure, when some zone has none. */
    noData: { radius: number; label: string } | null
    /** What the dashed circle is, when a schematic footprint is drawn. */
    footprint: string | null
  } | null
}

export interface LegendInput {
  districts: Choropleth
  /** Null when the zones are hidden. */
  zones: ZoneSymbols | null
  /** Whether any zone is drawn with a schematic (circle) footprint. */
  schematicFootprints: boolean
  requestedClasses: number
  method: ClassMethod
  lang: Lang
}

/** Fills `{name}` placeholders; with `count`, picks vue-i18n's "one | many" form as it does. */
function fill(
  template: string,
  params: Readonly<Record<string, number | string>>,
  count?: number,
): string {
  const forms = template.split(' | ')
  const form =
    forms.length === 2 && count !== undefined ? (count === 1 ? forms[0] : forms[1]) : forms[0]
  return (form ?? template).replace(/\{(\w+)\}/g, (m, key: string) =>
    key in params ? String(params[key]) : m,
  )
}

/** The note in words (`lang`). */
export function classNoteText(note: ClassNote, lang: Lang): string {
  const l = messages[lang].legend
  switch (note.kind) {
    case 'fewerClasses':
      return fill(l.fewerClasses, note, note.valued)
    case 'fewerDistinct':
      return fill(l.fewerDistinct, note, note.distinct)
    case 'emptyClasses':
      return fill(l.emptyClasses, note, note.empty)
    case 'oneEach':
      return fill(l.oneEach, note)
  }
}

/** Pure: the legend of what the map draws, in `lang`. */
export function legendModel(input: LegendInput): LegendModel {
  const { districts: c, lang } = input
  const m = messages[lang]
  const metric = c.metric
  const classes = classBins(c)
  const first = classes[0]?.range
  const last = classes[classes.length - 1]?.range
  const note = classNote(c, input.requestedClasses, input.method)
  const zones = input.zones
  return {
    metric,
    lang,
    title: m.metric[metric],
    unit: m.legendUnit[metric],
    districts: {
      title: m.legend.districtsTitle,
      entries: c.bins.map((bin) => ({
        index: bin.index,
        colour: bin.colour,
        hatched: bin.pattern === 'hatch',
        label: binLabel(bin, metric, lang, m.legend.noFigure),
        count: bin.members.length,
        countLabel: fill(m.legend.areas, { n: bin.members.length }, bin.members.length),
        members: bin.members,
      })),
      extent:
        first && last
          ? { min: formatBound(metric, first.min, lang), max: formatBound(metric, last.max, lang) }
          : null,
      method: m.legend.method.replace('{method}', m.method[input.method]),
      note: note ? classNoteText(note, lang) : null,
    },
    zones: zones && {
      title: m.legend.zonesTitle,
      size: m.legend.zonesSize,
      circles: zones.references.map((r) => ({
        ...r,
        label: formatBound(metric, r.value, lang),
      })),
      noData:
        zones.noData.length > 0 ? { radius: zones.noDataRadius, label: m.legend.noFigure } : null,
      footprint: input.schematicFootprints ? m.legend.footprint : null,
    },
  }
}
