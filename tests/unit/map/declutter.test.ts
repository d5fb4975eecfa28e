import { describe, expect, it } from 'vitest'
import { labelsToHide, labelTier, placeLabels, type LabelBox } from '../../../src/map/declutter'

const box = (id: string, priority: number, left: number, top: number): LabelBox => ({
  id,
  priority,
  left,
  top,
  right: left + 40,
  bottom: top + 20,
})

describe('labelsToHide', () => {
  it('keeps labels that do not touch', () => {
    expect(labelsToHide([box('a', 1, 0, 0), box('b', 2, 100, 0)])).toEqual(new Set())
  })
  it('hides the lower-priority label of an overlapping pair', () => {
    expect(labelsToHide([box('small', 1, 0, 0), box('big', 5, 10, 5)])).toEqual(new Set(['small']))
  })
  it('does not let a hidden label hide a third one', () => {
    // b overlaps a and c, a and c are apart: b goes, both a and c stay.
    const hidden = labelsToHide([box('a', 3, 0, 0), box('b', 2, 30, 0), box('c', 1, 60, 0)])
    expect(hidden).toEqual(new Set(['b']))
  })
  it('drops the label of an area without a figure before a larger one with a figure', () => {
    // 李沧 (small, with a figure) against a large empty district on a phone: 李沧 stays.
    const licang = {
      ...box('licang', 98, 0, 0),
      tier: labelTier({ pinned: false, kind: 'district', hasData: true }),
    }
    const empty = {
      ...box('empty', 3000, 10, 5),
      tier: labelTier({ pinned: false, kind: 'district', hasData: false }),
    }
    expect(labelsToHide([licang, empty])).toEqual(new Set(['empty']))
  })
})

describe('placeLabels', () => {
  it('moves a colliding label of an area with a figure to a free spot nearby instead of hiding it', () => {
    // 李沧 overlaps 崂山 on a phone: it moves above its anchor and stays on the map.
    const laoshan = box('laoshan', 390, 30, 0)
    const licang = { ...box('licang', 98, 0, 0), nudge: true }
    const p = placeLabels([laoshan, licang])
    expect(p.hidden).toEqual(new Set())
    expect(p.offsets.get('licang')).toEqual([0, -22])
    expect(p.offsets.has('laoshan')).toBe(false)
  })
  it('never moves the label of an area without a figure: it is hidden', () => {
    const p = placeLabels([box('laoshan', 390, 39, 0), box('empty', 98, 0, 0)])
    expect(p.hidden).toEqual(new Set(['empty']))
  })
})

describe('labelTier', () => {
  it('puts pinned labels first, then districts and zones with figures, then empty areas', () => {
    const t = (pinned: boolean, kind: 'district' | 'zone', hasData: boolean) =>
      labelTier({ pinned, kind, hasData })
    const order = [
      t(true, 'zone', false),
      t(false, 'district', true),
      t(false, 'zone', true),
      t(false, 'district', false),
      t(false, 'zone', false),
    ]
    expect([...order].sort((a, b) => b - a)).toEqual(order)
    expect(new Set(order).size).toBe(order.length)
  })
})
