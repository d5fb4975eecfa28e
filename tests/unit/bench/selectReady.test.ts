import { describe, expect, it } from 'vitest'
import { selectReadyOf, type SelectRecord } from '../../../bench/selectReady'

// Clicks every 50 ms from navigation start; the first four came before anything was on screen.
const dispatched = [-3, 47, 97, 147, 197, 247, 297]

function record(over: Partial<SelectRecord> = {}): SelectRecord {
  return {
    clicks: [
      { t: 148, handledAt: 150, target: 'page:div' },
      { t: 198, handledAt: 201, target: 'static:laoshan' },
      // Sent before the panel showed, handled after: not the opener.
      { t: 248, handledAt: 262, target: 'static:laoshan' },
    ],
    panelSeenAt: 255,
    panelAt: 266,
    ...over,
  }
}

describe('selectReadyOf', () => {
  it('is the timestamp of the last click the page handled before the panel showed 崂山区', () => {
    expect(selectReadyOf(record(), dispatched)).toEqual({
      selectReadyMs: 198,
      panelOpenedMs: 266,
      attempts: 5,
      target: 'static:laoshan',
      handledMs: 201,
      note: null,
    })
  })

  it('counts the clicks sent before the page existed as attempts', () => {
    const only = record({ clicks: [{ t: 98, handledAt: 400, target: 'static:laoshan' }] })
    expect(selectReadyOf({ ...only, panelSeenAt: 405 }, dispatched).attempts).toBe(3)
  })

  it('keeps a queued click: its timestamp is when it was made, not when it was handled', () => {
    const queued = record({
      clicks: [{ t: 147.5, handledAt: 900, target: 'static:laoshan' }],
      panelSeenAt: 905,
      panelAt: 920,
    })
    expect(selectReadyOf(queued, dispatched)).toMatchObject({
      selectReadyMs: 147.5,
      handledMs: 900,
      attempts: 4,
    })
  })

  it('is n/a with a note when the panel never opened', () => {
    const r = selectReadyOf(record({ panelSeenAt: null, panelAt: null }), dispatched)
    expect(r.selectReadyMs).toBeNull()
    expect(r.note).toBe('select-ready n/a: 7 clicks, the panel never showed 崂山区')
  })

  it('is n/a when there was no point to click', () => {
    const r = selectReadyOf(record({ clicks: [], panelSeenAt: null, panelAt: null }), [])
    expect(r.note).toMatch(/no point on 崂山区/)
  })

  it('is n/a when the panel opened before any click reached the page', () => {
    const r = selectReadyOf(record({ panelSeenAt: 100, panelAt: 110 }), dispatched)
    expect(r).toMatchObject({ selectReadyMs: null, panelOpenedMs: 110 })
    expect(r.note).toMatch(/without a click/)
  })
})
