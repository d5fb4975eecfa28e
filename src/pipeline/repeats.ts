import type { RepeatedPassage } from '../types/pledge'
import type { Paragraph } from './segment'

/** Shortest common tail worth calling a repeat (shorter matches are stock phrases). */
const MIN_REPEAT = 12
/** A shared run this long is a reprint whatever the rest of the line says. */
const SURE_REPEAT = 40

function commonSuffix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1
  return n
}

function commonPrefix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1
  return n
}

const enough = (n: number, len: number): boolean =>
  n >= SURE_REPEAT || (n >= MIN_REPEAT && n >= 0.8 * len)

/**
 * Passages printed twice. A line is a repeat when it shares with an earlier line its ending
 * (the layout reprints paragraphs behind a shortened speaker title) or its beginning (r001 gives
 * 即墨's secretary the quote already printed for 市南's), over 40 characters or 80% of the line.
 */
export function paragraphsToRepeats(text: string, paragraphs: Paragraph[]): RepeatedPassage[] {
  const out: RepeatedPassage[] = []
  paragraphs.forEach((p, i) => {
    const line = text.slice(p.start, p.end)
    let best: RepeatedPassage | null = null
    for (const q of paragraphs.slice(0, i)) {
      const earlier = text.slice(q.start, q.end)
      const n = commonSuffix(line, earlier)
      const m = commonPrefix(line, earlier)
      const longest = Math.max(n, m, best ? best.end - best.start : 0)
      if (!enough(longest, line.length) || longest === (best ? best.end - best.start : 0)) continue
      best =
        n >= m
          ? { start: p.end - n, end: p.end, firstStart: q.end - n }
          : { start: p.start, end: p.start + m, firstStart: q.start }
    }
    if (best) out.push(best)
  })
  return out
}
