/** A piece of text and whether it is the highlighted part. */
export interface TextPiece {
  text: string
  mark: 'none' | 'passage' | 'number'
}

/**
 * Splits `text` (which starts at offset `base` of its report) into plain, passage and number
 * pieces, so the UI can highlight with elements rather than by injecting HTML.
 */
export function markPieces(
  text: string,
  base: number,
  passage: { start: number; end: number } | null,
  number: { start: number; end: number } | null,
): TextPiece[] {
  const cuts = new Set([0, text.length])
  const clamp = (o: number) => Math.max(0, Math.min(text.length, o - base))
  for (const span of [passage, number]) {
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
    const inside = (s: { start: number; end: number } | null) =>
      !!s && from >= clamp(s.start) && to <= clamp(s.end)
    pieces.push({
      text: text.slice(from, to),
      mark: inside(number) ? 'number' : inside(passage) ? 'passage' : 'none',
    })
  }
  return pieces
}
