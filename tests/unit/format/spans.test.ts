import { describe, expect, it } from 'vitest'
import { markPieces } from '../../../src/format/spans'

describe('markPieces', () => {
  it('marks the number inside a quote that starts at an offset', () => {
    // The quote 今年投资930亿元 starts at offset 100; the number 930亿元 is at 104–109.
    const pieces = markPieces('今年投资930亿元', 100, null, { start: 104, end: 109 })
    expect(pieces).toEqual([
      { text: '今年投资', mark: 'none' },
      { text: '930亿元', mark: 'number' },
    ])
  })
  it('nests the number inside the passage of a whole report', () => {
    const text = 'AAAA今年投资930亿元。BBBB'
    const pieces = markPieces(text, 0, { start: 4, end: 14 }, { start: 8, end: 13 })
    expect(pieces.map((p) => [p.text, p.mark])).toEqual([
      ['AAAA', 'none'],
      ['今年投资', 'passage'],
      ['930亿元', 'number'],
      ['。', 'passage'],
      ['BBBB', 'none'],
    ])
    expect(pieces.map((p) => p.text).join('')).toBe(text)
  })
})
