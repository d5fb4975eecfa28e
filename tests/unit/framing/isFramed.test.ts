import { describe, expect, it } from 'vitest'
import { isFramed } from '../../../src/framing/isFramed'

describe('isFramed', () => {
  it('is false for a top-level window', () => {
    const win = {}
    expect(isFramed({ top: win, self: win })).toBe(false)
  })
  it('is true inside a frame', () => {
    expect(isFramed({ top: {}, self: {} })).toBe(true)
  })
  it('is true when the browser will not say', () => {
    const win = {
      self: {},
      get top(): unknown {
        throw new DOMException('Blocked', 'SecurityError')
      },
    }
    expect(isFramed(win)).toBe(true)
  })
})
