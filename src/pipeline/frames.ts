import type { Scope, Span } from '../types/pledge'

/** The city, the province or the nation named in the text (全市, 我市, 青岛市, 全省, 全国 …). */
export interface FrameMention extends Span {
  scope: Exclude<Scope, 'area'>
  /** Named where a subject stands: at a clause start, or after a leading time word (今年全市…). */
  subject: boolean
  /**
   * A word that makes a figure of its clause the frame's own (全市1000个重点项目, 全省新增投资):
   * 全市/我市/全省/我省/全国. Names and levels (青岛市, 市级, 山东省) count only as subjects:
   * 市级重点项目 after a district is that district's list, 青岛市虚拟现实产业园 a park's name.
   */
  strong: boolean
}

const FRAME_WORDS: readonly [RegExp, FrameMention['scope'], boolean][] = [
  [/全市|我市|本市/g, 'city', true],
  [/青岛市|市级/g, 'city', false],
  [/全省|我省/g, 'province', true],
  [/山东省|省级/g, 'province', false],
  [/全国/g, 'nation', true],
]
/**
 * Where a subject starts: a clause break, then optionally a time or linking word. Not an opening
 * quote: “打造全市经济发展新的增长极” quotes a goal, its 全市 is no actor.
 */
const SUBJECT_BEFORE =
  /(?:^|[。！？；;，,：:\n])(?:今年|明年|去年|年内|全年|[上下]半年|前?[一二三四]季度|\d{1,2}(?:-\d{1,2})?月份?|目前|当前|此外|同时|截至[^，,。]{1,6}?[,，]?)?\s*$/
/**
 * A time or linking word opening a clause (今年城阳区计划…, 一季度全市…): the name after it
 * stands where a subject stands.
 */
export const LEADING_WORD =
  /(?:^|[。！？；;，,：:\n])(?:今年|明年|去年|年内|全年|[上下]半年|前?[一二三四]季度|\d{1,2}(?:-\d{1,2})?月份?|目前|当前|此外|同时)$/
/** 占全市的12%, 居全省首位: a share or a rank of the area, not the frame's own figure. */
const SHARE_BEFORE = /[占居列]$/

/**
 * Find the wider frames named in a text, each with whether it stands as a subject and whether it
 * claims the figures of its clause (青岛市委 is the city's party committee: a subject as well).
 */
export function textToFrames(text: string): FrameMention[] {
  const out: FrameMention[] = []
  for (const [re, scope, strong] of FRAME_WORDS) {
    for (const m of text.matchAll(re)) {
      const start = m.index
      const before = text.slice(Math.max(0, start - 12), start)
      if (SHARE_BEFORE.test(before)) continue
      const subject = SUBJECT_BEFORE.test(before)
      out.push({ start, end: start + m[0].length, scope, strong, subject })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}
