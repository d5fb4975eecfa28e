import type { RepeatedPassage } from '../types/pledge'
import type { Paragraph } from './segment'

/** Shortest common tail worth calling a repeat (shorter matches are stock phrases). */
const MIN_REPEAT = 12

function commonSuffix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1
  return n
}

/**
 * Passages printed twice. A line is a repeat when an earlier line ends with the same text over
 * at least 80% of its length (the layout reprints paragraphs, sometimes with a shortened
 * speaker title in front), so a reprinted speaker line or paragraph is found even when its first
 * words differ.
 */
export function paragraphsToRepeats(text: string, paragraphs: Paragraph[]): RepeatedPassage[] {
  const out: RepeatedPassage[] = []
  paragraphs.forEach((p, i) => {
    const line = text.slice(p.start, p.end)
    if (line.length < MIN_REPEAT) return
    for (const q of paragraphs.slice(0, i)) {
      const earlier = text.slice(q.start, q.end)
      const n = commonSuffix(line, earlier)
      if (n >= MIN_REPEAT && n >= 0.8 * line.length) {
        out.push({ start: p.end - n, end: p.end, firstStart: q.end - n })
        return
      }
    }
  })
  return out
}
