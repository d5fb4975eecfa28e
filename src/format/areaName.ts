import type { Lang } from '../types/view'

/** What a display name needs of an area (areas, map features and district facts all have it). */
export interface Named {
  nameZh: string
  nameEn: string
}

/**
 * How much of an English name to show: `full` as registered ("Huangdao District (West Coast New
 * Area)"); `plain` without the note in brackets ("Huangdao District"), for a chart's axis;
 * `short` without "District"/"City" either ("Huangdao"), for map labels and a ranking. Chinese
 * names are short already and shown whole.
 */
export type NameForm = 'full' | 'plain' | 'short'

/**
 * An area's name in the reader's language: the one place that chooses between `nameZh` and
 * `nameEn`. Views that show both names side by side (the panel, the table) need no choice.
 */
export function areaName(area: Named, lang: Lang, form: NameForm = 'full'): string {
  if (lang === 'zh') return area.nameZh
  switch (form) {
    case 'full':
      return area.nameEn
    case 'plain':
      return area.nameEn.replace(/ \(.*\)$/, '')
    case 'short':
      return area.nameEn.replace(/ (District|City)( \(.*\))?$/, '')
  }
}

/** The other language: a subtitle under a name gives the name in it. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh')

/** How a list of names is joined: 崂山区、城阳区 / Laoshan District, Chengyang District. */
export const nameSeparator = (lang: Lang): string => (lang === 'zh' ? '、' : ', ')
