import type { Span } from '../types/pledge'

/** A piece of text and whether it is the highlighted part. */
export interface TextPiece {
  text: string
  mark: 'none' | 'passage' | 'number' | 'evidence'
  /** For an evidence piece, the tag of its span (what it is evidence of). */
  tag?: string
}

/** A span of evidence (a byline, a dating phrase) with what it is evidence of. */
export interface TaggedSpan extends Span {
  tag: string
}

/**
 * Splits `text` (which starts at offset `base` of its report) into plain, passage, number and
 * evidence pieces, so the UI can highlight with elements rather than by injecting HTML. The
 * number wins over the passage, the passage over evidence; where evidence spans overlap, the
 * first one given wins.
 */
export function markPieces(
  text: string,
  base: number,
  passage: Span | null,
  number: Span | null,
  evidence: readonly TaggedSpan[] = [],
): TextPiece[] {
  const cuts = new Set([0, text.length])
  const clamp = (o: number) => Math.max(0, Math.min(text.length, o - base))
  for (const span of [passage, number, ...evidence]) {
    if (span) {
      cuts.add(clamp(span.start))
      cuts.add(clamp(span.end))
    }
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: TextPiece[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!
    const to = points[i + 1]!
    if (from === to) continue
    const inside = (s: Span | null) => !!s && from >= clamp(s.start) && to <= clamp(s.end)
    const piece = text.slice(from, to)
    if (inside(number)) pieces.push({ text: piece, mark: 'number' })
    else if (inside(passage)) pieces.push({ text: piece, mark: 'passage' })
    else {
      const tagged = evidence.find(inside)
      pieces.push(
        tagged ? { text: piece, mark: 'evidence', tag: tagged.tag } : { text: piece, mark: 'none' },
      )
    }
  }
  return pieces
}
