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

describe('markPieces with evidence spans', () => {
  const text = '□本报记者 刘腾 王雪。今年投资930亿元。'

  it('marks an evidence span with its tag', () => {
    const pieces = markPieces(text, 0, null, null, [{ start: 0, end: 11, tag: 'outlet' }])
    expect(pieces[0]).toEqual({ text: '□本报记者 刘腾 王雪', mark: 'evidence', tag: 'outlet' })
  })

  it('lets the first of two overlapping evidence spans win', () => {
    const pieces = markPieces(text, 0, null, null, [
      { start: 0, end: 5, tag: 'outlet' },
      { start: 3, end: 8, tag: 'date' },
    ])
    expect(pieces.map((p) => [p.text, p.tag])).toEqual([
      ['□本报', 'outlet'],
      ['记者', 'outlet'],
      [' 刘腾', 'date'],
      [' 王雪。今年投资930亿元。', undefined],
    ])
  })

  it('lets the passage win over evidence it overlaps', () => {
    const pieces = markPieces(text, 0, { start: 12, end: 22 }, null, [
      { start: 12, end: 16, tag: 'date' },
    ])
    expect(pieces.filter((p) => p.mark === 'evidence')).toEqual([])
  })

  it('keeps every character of the text, in order', () => {
    const pieces = markPieces(text, 0, null, { start: 16, end: 22 }, [
      { start: 0, end: 11, tag: 'outlet' },
    ])
    expect(pieces.map((p) => p.text).join('')).toBe(text)
  })
})
