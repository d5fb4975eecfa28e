/** A piece of mixed text: Chinese (`zh`) or not. */
export interface ScriptRun {
  text: string
  zh: boolean
}

// Han characters and CJK punctuation; digits, spaces and dashes between two of them stay in the
// Chinese run (总投资930亿元的334个 is one term, not three), an English comma between two terms
// does not (完成, 实现 are two).
const HAN = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]'
const RUN = new RegExp(`${HAN}+(?:(?:[\\d%\\s—–-]|[.,](?=\\d))*${HAN}+)*`, 'g')

/**
 * Splits English text that cites Chinese terms or quotes (“总投资”, a report's reasoning) into
 * runs, so each Chinese run can be marked `lang="zh"`: screen readers switch voice and the CJK
 * font is chosen, while the English around it stays English.
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = []
  let at = 0
  for (const m of text.matchAll(RUN)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), zh: false })
    runs.push({ text: m[0], zh: true })
    at = m.index + m[0].length
  }
  if (at < text.length) runs.push({ text: text.slice(at), zh: false })
  return runs
}
