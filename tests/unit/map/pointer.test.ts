import { describe, expect, it } from 'vitest'
import { bindPointer, idOf, type PointerMap } from '../../../src/map/pointer'
import { nearestLabel } from '../../../src/map/touch'

type Listener = (event: Record<string, unknown>) => void

/**
 * A stand-in for MapLibre's Map with `on` and `getCanvas` only. `fire` calls the listeners of a
 * type in the order they were added, as MapLibre does; a layer-scoped listener is called only
 * when the hit feature lies on one of its layers (mouseleave: whenever the pointer leaves them).
 */
function fakeMap() {
  const listeners: { type: string; layers: string[] | null; fn: Listener }[] = []
  const canvas = { style: { cursor: '' } }
  const map = {
    on(type: string, a: string[] | Listener, b?: Listener) {
      listeners.push(Array.isArray(a) ? { type, layers: a, fn: b! } : { type, layers: null, fn: a })
      return map
    },
    getCanvas: () => canvas,
  }
  function fire(type: string, point = { x: 0, y: 0 }, hit?: { layer: string; id: string }) {
    for (const l of listeners) {
      if (l.type !== type) continue
      if (l.layers && type !== 'mouseleave') {
        if (hit && l.layers.includes(hit.layer))
          l.fn({ point, features: [{ properties: { id: hit.id } }] })
      } else l.fn({ point })
    }
  }
  return { map: map as unknown as PointerMap, fire, canvas }
}

/** The pointer bound to the layers `areas` and `zones`, recording what it reports. */
function bound() {
  const fake = fakeMap()
  const selected: (string | null)[] = []
  const hovered: unknown[] = []
  bindPointer(fake.map, ['zones', 'areas'], {
    select: (id) => selected.push(id),
    hover: (id, point) => hovered.push([id, point]),
  })
  return { ...fake, selected, hovered }
}

describe('bindPointer', () => {
  it('reports a click on an area as its id', () => {
    const { fire, selected } = bound()
    fire('click', { x: 1, y: 2 }, { layer: 'zones', id: 'laoshan-zone' })
    expect(selected).toEqual(['laoshan-zone'])
  })

  it('reports a click on no area (the sea) as no selection', () => {
    const { fire, selected } = bound()
    fire('click', { x: 1, y: 2 }, { layer: 'areas', id: 'shinan' })
    fire('click', { x: 9, y: 9 })
    expect(selected).toEqual(['shinan', null])
  })

  it('ignores features of layers it does not listen to', () => {
    const { fire, selected, hovered } = bound()
    fire('mousemove', { x: 1, y: 1 }, { layer: 'labels', id: 'qingdao' })
    fire('click', { x: 1, y: 1 }, { layer: 'labels', id: 'qingdao' })
    // No hover of it: the first move over no area only ends any hover (see below).
    expect([selected, hovered]).toEqual([[null], [[null, null]]])
  })

  it('reports hover with the pointer position and shows a pointer cursor', () => {
    const { fire, hovered, canvas } = bound()
    fire('mousemove', { x: 5, y: 6 }, { layer: 'areas', id: 'shinan' })
    expect([hovered, canvas.style.cursor]).toEqual([[['shinan', { x: 5, y: 6 }]], 'pointer'])
  })

  it('reports the end of hover and resets the cursor when the pointer leaves the areas', () => {
    const { fire, hovered, canvas } = bound()
    fire('mousemove', { x: 5, y: 6 }, { layer: 'areas', id: 'shinan' })
    fire('mouseleave')
    expect([hovered.at(-1), canvas.style.cursor]).toEqual([[null, null], ''])
  })
})

describe('bindPointer after the static map', () => {
  it('ends, on the first move over no area, a hover the static map left behind', () => {
    const { fire, hovered } = bound()
    fire('mousemove', { x: 9, y: 9 })
    expect(hovered).toEqual([[null, null]])
  })

  it('continues it on a first move over an area, without ending it first', () => {
    const { fire, hovered } = bound()
    fire('mousemove', { x: 5, y: 6 }, { layer: 'areas', id: 'laoshan' })
    expect(hovered).toEqual([['laoshan', { x: 5, y: 6 }]])
  })

  it('reports nothing for later moves over the sea (mouseleave has said it)', () => {
    const { fire, hovered } = bound()
    fire('mousemove', { x: 5, y: 6 }, { layer: 'areas', id: 'laoshan' })
    fire('mousemove', { x: 9, y: 9 })
    fire('mousemove', { x: 9, y: 10 })
    expect(hovered).toEqual([['laoshan', { x: 5, y: 6 }]])
  })
})

describe('idOf', () => {
  it.each([
    [{ properties: { id: 'laoshan' } }, 'laoshan'],
    [{ properties: { id: 7 } }, null],
    [{ properties: {} }, null],
    [undefined, null],
  ])('reads the area id of %j', (feature, id) => {
    expect(idOf(feature as Parameters<typeof idOf>[0])).toBe(id)
  })
})

describe('nearestLabel: which label a finger means', () => {
  // Two zone labels 16 px tall, 10 px apart: their 44 px touch boxes overlap.
  const marine = { id: 'marine-hitech', left: 100, top: 100, right: 167, bottom: 116 }
  const agri = { id: 'modern-agri', left: 90, top: 126, right: 180, bottom: 142 }

  it.each([
    ['on the first label’s text', { x: 130, y: 110 }, 'marine-hitech'],
    ['on the second label’s text', { x: 130, y: 134 }, 'modern-agri'],
    ['between them, nearer the first', { x: 130, y: 119 }, 'marine-hitech'],
    ['just above the first, inside its touch box only', { x: 130, y: 92 }, 'marine-hitech'],
    ['far from both', { x: 300, y: 300 }, null],
  ])('%s', (_, point, id) => {
    expect(nearestLabel(point, [agri, marine])).toBe(id)
  })
})
