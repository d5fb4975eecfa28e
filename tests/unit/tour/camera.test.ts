import { describe, expect, it } from 'vitest'
import {
  ATTRIBUTION_S,
  LABEL_ROOM_X,
  LABEL_ROOM_Y,
  ZONE_LABEL_DROP_S,
  presentationPadding,
  presentScale,
} from '../../../src/tour/camera'

// The presentation at 1080p: a full-screen map, the caption column over its left 38 %, the
// step counter at the top right (its layout in PresentationMode.vue).
const map = { left: 0, top: 0, right: 1920, bottom: 1080 }
const caption = { left: 0, top: 0, right: 729.6, bottom: 1080 }
const counter = { left: 1750, top: 21.6, right: 1888, bottom: 80 }
const s = 10.8

describe('presentationPadding', () => {
  it('centres the framed area in the part of the map the caption leaves visible', () => {
    const p = presentationPadding(map, { caption, counter }, s)
    expect(p.left).toBe(Math.round(729.6 + LABEL_ROOM_X * s))
    expect(p.right).toBe(Math.round(LABEL_ROOM_X * s))
    // The middle of the padded box is the middle of the visible map.
    expect((p.left + map.right - p.right) / 2).toBeCloseTo((729.6 + 1920) / 2, 0)
  })

  it('keeps the counter and the attribution free, with room for labels', () => {
    const p = presentationPadding(map, { caption, counter }, s)
    expect(p.top).toBeGreaterThanOrEqual(80)
    expect(p.top).toBeGreaterThanOrEqual(LABEL_ROOM_Y * s)
    expect(p.bottom).toBe(Math.round((LABEL_ROOM_Y + ZONE_LABEL_DROP_S + ATTRIBUTION_S) * s))
  })

  it('scales with the screen: twice the room at 4K', () => {
    const k = 2
    const big = presentationPadding(
      { left: 0, top: 0, right: 3840, bottom: 2160 },
      {
        caption: { ...caption, right: caption.right * k, bottom: 2160 },
        counter: { ...counter, bottom: counter.bottom * k },
      },
      s * k,
    )
    const small = presentationPadding(map, { caption, counter }, s)
    expect(big.left).toBeCloseTo(small.left * k, -1)
    expect(big.right).toBeCloseTo(small.right * k, -1)
  })

  it('moves the caption’s share to the bottom on a portrait screen', () => {
    const portrait = { left: 0, top: 0, right: 1080, bottom: 1920 }
    const below = { left: 0, top: 864, right: 1080, bottom: 1920 }
    const p = presentationPadding(portrait, { caption: below, counter: null }, s)
    expect(p.left).toBe(p.right)
    expect(p.bottom).toBeGreaterThan(1920 - 864)
  })

  it('leaves at least a third of a small window to draw in', () => {
    const p = presentationPadding(
      { left: 0, top: 0, right: 800, bottom: 450 },
      { caption: { left: 0, top: 0, right: 560, bottom: 450 }, counter: null },
      10,
    )
    expect(800 - p.left - p.right).toBeGreaterThanOrEqual(800 / 3 - 1)
  })

  it('uses the type scale of the styles: min(1vh, 0.5625vw)', () => {
    expect(presentScale(1920, 1080)).toBeCloseTo(10.8)
    expect(presentScale(3840, 2160)).toBeCloseTo(21.6)
    expect(presentScale(1000, 1080)).toBeCloseTo(5.625)
  })
})
