/** Small text helpers shared by the stages. */

/** Every match of a global regular expression, with its start offset (UTF-16). */
export function matchesOf(text: string, pattern: RegExp): { text: string; start: number }[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`
  const re = new RegExp(pattern.source, flags)
  return [...text.matchAll(re)].map((m) => ({ text: m[0], start: m.index }))
}

/** Whether [start, end) lies inside [outerStart, outerEnd). */
export function within(start: number, end: number, outerStart: number, outerEnd: number): boolean {
  return start >= outerStart && end <= outerEnd
}
