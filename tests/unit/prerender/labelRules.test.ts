import { describe, expect, it } from 'vitest'
import {
  labelBox,
  labelRules,
  lineWidth,
  type PrerenderLabel,
} from '../../../src/prerender/labelRules'
import { prerenderFiles } from '../../../src/prerender/render'
import { GEO_TEXT, PLEDGES_TEXT } from './files'

const label = (id: string, fx: number, km2: number, hasData = true): PrerenderLabel => ({
  id,
  fx,
  fy: 0.5,
  zh: '市北区',
  en: 'Shibei',
  km2,
  hasData,
})

/** The container queries and what each hides, in order. */
const runs = (css: string) =>
  [...css.matchAll(/@container ([^{]+)\{(.*)\}$/gm)].map((m) => ({
    query: m[1]!,
    hidden: [
      ...(/([^{}]*)\{visibility:hidden\}/.exec(m[2]!)?.[1]?.matchAll(/for="([^"]+)"/g) ?? []),
    ].map((h) => h[1]),
  }))

describe('lineWidth and labelBox', () => {
  it('counts a Chinese character as one em and a Latin letter as less', () => {
    expect(lineWidth('市北区', 10)).toBe(30)
    expect(lineWidth('Shibei', 10)).toBeGreaterThan(30)
    expect(lineWidth('Shibei', 10)).toBeLessThan(40)
  })

  it('centres the box on the label point, its position scaling with the map and not its size', () => {
    const small = labelBox(label('a', 0.5, 1), 200, 200)
    const large = labelBox(label('a', 0.5, 1), 800, 800)
    expect(small.x + small.width / 2).toBeCloseTo(100)
    expect(large.x + large.width / 2).toBeCloseTo(400)
    expect(large.width).toBe(small.width)
  })
})

describe('labelRules', () => {
  // Labels about 50 px wide, a tenth of the map apart: they collide on maps under ~520 px.
  const pair = [label('big', 0.45, 90), label('small', 0.55, 30)]

  it('hides the smaller district’s name on a small map and nothing on a large one', () => {
    const found = runs(labelRules(pair, 1, { from: 100, to: 800, step: 20 }))
    expect(found.length).toBeGreaterThan(0)
    for (const run of found) expect(run.hidden).not.toContain('big')
    // The narrowest run applies below its upper bound only; nothing applies to a wide map.
    expect(found[0]!.query).toMatch(/^\(\(width<[\d.]+px\) or \(height<[\d.]+px\)\)$/)
    expect(found.at(-1)!.query).toMatch(/\(width<([\d.]+)px\)/)
    const widest = Number(/\(width<([\d.]+)px\)/.exec(found.at(-1)!.query)![1])
    expect(widest).toBeGreaterThan(440)
    expect(widest).toBeLessThan(600)
  })

  it('gives the height bounds from the aspect: the map is min(width, height × aspect) wide', () => {
    const [first] = runs(labelRules(pair, 0.8, { from: 100, to: 800, step: 20 }))
    const [, w, h] = /\(width<([\d.]+)px\) or \(height<([\d.]+)px\)/.exec(first!.query)!
    expect(Number(h)).toBeCloseTo(Number(w) / 0.8, 0)
  })

  it('drops a name without a figure before a smaller one with a figure', () => {
    const empty = [label('big', 0.45, 90, false), label('small', 0.55, 30)]
    const [first] = runs(labelRules(empty, 1, { from: 100, to: 800, step: 20 }))
    expect(first!.hidden).toEqual(['big'])
  })

  it('writes no rule when no names collide', () => {
    expect(labelRules([label('a', 0.1, 1), label('b', 0.9, 1)], 1, { from: 300 })).toBe('')
  })

  it('refuses an id that is not safe in a selector', () => {
    expect(() => labelRules([label('a"]{}*{', 0.5, 1)], 1)).toThrow(/label id/)
  })

  it('declutters the real map: 市北, 李沧 and 市南 are not all drawn on a phone-sized map', () => {
    const { labelCss } = prerenderFiles(JSON.parse(GEO_TEXT), JSON.parse(PLEDGES_TEXT))
    const found = runs(labelCss)
    // A 390 px phone draws the map about 366 px wide.
    const phone = found.find((r) => {
      const from = Number(/\(width>=([\d.]+)px\)/.exec(r.query)?.[1] ?? 0)
      const to = Number(/\(width<([\d.]+)px\)/.exec(r.query)?.[1] ?? Infinity)
      return from <= 366 && 366 < to
    })
    expect(phone).toBeDefined()
    const drawn = ['shibei', 'licang', 'shinan'].filter((id) => !phone!.hidden.includes(id))
    expect(drawn.length).toBeLessThan(3)
    expect(drawn.length).toBeGreaterThan(0)
  })
})
