// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { PRERENDER_EN, PRERENDER_OFF, removePrerender } from '../../../src/prerender/handover'

describe('removePrerender', () => {
  it('removes the prerendered map and the marks that hid it or its legend', () => {
    document.body.innerHTML = '<div id="prerender"></div><div id="app"></div>'
    document.documentElement.classList.add(PRERENDER_OFF, PRERENDER_EN)
    removePrerender()
    expect(document.getElementById('prerender')).toBeNull()
    expect(document.getElementById('app')).not.toBeNull()
    expect(document.documentElement.classList.contains(PRERENDER_OFF)).toBe(false)
    expect(document.documentElement.classList.contains(PRERENDER_EN)).toBe(false)
  })
})
