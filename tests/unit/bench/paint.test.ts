import { describe, expect, it } from 'vitest'
import { firstPaint } from '../../../bench/paint'

describe('firstPaint', () => {
  it("is the browser's FCP when the prerender was on the page when it painted", () => {
    expect(firstPaint({ prerender: true, prerenderGoneAt: 900, fcpMs: 180, markMs: 850 })).toEqual({
      paintMs: 180,
      source: 'fcp-prerender',
      prerenderPainted: true,
      note: null,
    })
  })

  it('is the mark when the page had no prerender (today: the Vue static)', () => {
    expect(
      firstPaint({ prerender: false, prerenderGoneAt: null, fcpMs: 180, markMs: 850 }),
    ).toEqual({ paintMs: 850, source: 'mark', prerenderPainted: false, note: null })
  })

  it('is the mark when the prerender was taken away before the first paint', () => {
    const p = firstPaint({ prerender: true, prerenderGoneAt: 700, fcpMs: 1800, markMs: 1700 })
    expect(p).toMatchObject({ paintMs: 1700, source: 'mark', prerenderPainted: false })
    expect(p.note).toBe('the prerender was removed before the first contentful paint')
  })

  it('keeps its own mark for a peer', () => {
    expect(firstPaint({ prerender: null, prerenderGoneAt: null, fcpMs: 300, markMs: 620 })).toEqual(
      {
        paintMs: 620,
        source: 'mark',
        prerenderPainted: null,
        note: null,
      },
    )
  })

  it('is n/a with a note when there is neither', () => {
    expect(
      firstPaint({ prerender: false, prerenderGoneAt: null, fcpMs: null, markMs: null }),
    ).toEqual({
      paintMs: null,
      source: null,
      prerenderPainted: false,
      note: "no 'choropleth-paint' mark",
    })
  })
})
