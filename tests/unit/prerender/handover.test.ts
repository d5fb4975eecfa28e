// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { PRERENDER_OFF, removePrerender } from '../../../src/prerender/handover'

describe('removePrerender', () => {
  it('removes the prerendered map and the mark that hid it', () => {
    document.body.innerHTML = '<div id="prerender"></div><div id="app"></div>'
    document.documentElement.classList.add(PRERENDER_OFF)
    removePrerender()
    expect(document.getElementById('prerender')).toBeNull()
    expect(document.getElementById('app')).not.toBeNull()
    expect(document.documentElement.classList.contains(PRERENDER_OFF)).toBe(false)
  })
})
