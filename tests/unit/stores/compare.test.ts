import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { beforeEach, describe, expect, it } from 'vitest'
import { MAX_COMPARED, useCompareStore } from '../../../src/stores/compare'

beforeEach(() => setActivePinia(createPinia()))

describe('compare store', () => {
  it('adds an area to the tray and takes it out again', () => {
    const c = useCompareStore()
    c.toggle('laoshan')
    expect(c.picked).toEqual(['laoshan'])
    c.toggle('laoshan')
    expect(c.picked).toEqual([])
  })

  it(`holds at most ${MAX_COMPARED} areas`, () => {
    const c = useCompareStore()
    for (const id of ['a', 'b', 'c', 'd', 'e']) c.toggle(id)
    expect(c.picked).toEqual(['a', 'b', 'c', 'd'])
  })

  it('refuses to open a comparison of one area', () => {
    const c = useCompareStore()
    c.toggle('a')
    c.open()
    expect(c.ids).toEqual([])
  })

  it('opens a comparison of the areas in the tray', () => {
    const c = useCompareStore()
    c.toggle('a')
    c.toggle('b')
    c.open()
    expect(c.ids).toEqual(['a', 'b'])
  })

  it('keeps a comparison of three open when one area is removed', () => {
    const c = useCompareStore()
    for (const id of ['a', 'b', 'c']) c.toggle(id)
    c.open()
    c.remove('b')
    expect([c.ids, c.picked]).toEqual([
      ['a', 'c'],
      ['a', 'c'],
    ])
  })

  it('closes a comparison of two when one area is removed', () => {
    const c = useCompareStore()
    c.toggle('a')
    c.toggle('b')
    c.open()
    c.remove('a')
    expect(c.ids).toEqual([])
  })

  it('closes the comparison but keeps the tray', () => {
    const c = useCompareStore()
    c.toggle('a')
    c.toggle('b')
    c.open()
    c.close()
    expect([c.ids, c.picked]).toEqual([[], ['a', 'b']])
  })

  it('clears the tray and the comparison', () => {
    const c = useCompareStore()
    c.toggle('a')
    c.toggle('b')
    c.open()
    c.clear()
    expect([c.ids, c.picked]).toEqual([[], []])
  })

  it('fills the tray from a comparison a shared link opens', async () => {
    const c = useCompareStore()
    c.ids = ['a', 'b', 'c']
    await nextTick()
    expect(c.picked).toEqual(['a', 'b', 'c'])
  })
})
