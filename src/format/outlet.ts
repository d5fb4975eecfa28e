import type { Lang } from '../types/view'

/**
 * The English names of the outlets the reports come from, as the papers call themselves in
 * English (Qingdao Daily's English site, the West Coast paper's masthead). An outlet not listed
 * keeps its Chinese name, which the caller marks `lang="zh"`.
 */
const OUTLETS_EN: readonly (readonly [zh: string, en: string])[] = [
  ['青岛西海岸报', 'Qingdao West Coast News'],
  ['青岛日报', 'Qingdao Daily'],
  ['观海新闻', 'Guanhai News'],
  ['青报全媒体', 'Qingdao Daily Media'],
]

/** An outlet as the data names it (观海新闻 / 青岛日报 (青报全媒体)), in the reader's language. */
export function outletName(outlet: string, lang: Lang): string {
  if (lang === 'zh') return outlet
  return OUTLETS_EN.reduce((s, [zh, en]) => s.replaceAll(zh, en), outlet)
}
