import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useSelectionStore } from '../../../src/stores/selection'

beforeEach(() => setActivePinia(createPinia()))

describe('selection store', () => {
  it('starts with nothing selected or hovered', () => {
    const s = useSelectionStore()
    expect([s.selectedId, s.hoveredId, s.hoverPoint]).toEqual([null, null, null])
  })

  it('selects an area and clears the selection with null', () => {
    const s = useSelectionStore()
    s.select('laoshan')
    expect(s.selectedId).toBe('laoshan')
    s.select(null)
    expect(s.selectedId).toBeNull()
  })

  it('keeps the tooltip point while hovering an area', () => {
    const s = useSelectionStore()
    s.hover('jimo', { x: 10, y: 20 })
    expect([s.hoveredId, s.hoverPoint]).toEqual(['jimo', { x: 10, y: 20 }])
  })

  it('drops the tooltip point when the hover ends', () => {
    const s = useSelectionStore()
    s.hover('jimo', { x: 10, y: 20 })
    s.hover(null, { x: 10, y: 20 })
    expect([s.hoveredId, s.hoverPoint]).toEqual([null, null])
  })
})
