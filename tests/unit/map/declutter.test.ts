import { describe, expect, it } from 'vitest'
import { labelsToHide, type LabelBox } from '../../../src/map/declutter'

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
})
