import { describe, expect, it } from 'vitest'
import { DEFAULT_STATE, type ShareableState } from '../../../src/types/defaults'
import { formatHash, parseHash } from '../../../src/url/hashState'

const ids = new Set(['laoshan', 'huangdao', 'qetdz'])
const reports = new Set(['r001', 'r004'])

describe('parseHash', () => {
  it('gives the defaults for an empty hash', () => {
    expect(parseHash('', ids)).toEqual({ state: DEFAULT_STATE, problems: [] })
  })

  it('round-trips every field through formatHash', () => {
    const state: ShareableState = {
      ...DEFAULT_STATE,
      report: 'r004',
      year: 2023,
      horizon: 'multi',
      compare: ['laoshan', 'huangdao'],
      present: true,
      tour: 'geographic',
      step: 3,
      kiosk: true,
      area: 'qetdz',
      metric: 'investmentPerKm2',
      method: 'quantile',
      classes: 5,
      palette: 'cividis',
      zones: false,
      lang: 'en',
      camera: { lon: 120.4, lat: 36.1, zoom: 9.5 },
    }
    const hash = formatHash(state)
    expect(hash.length).toBeLessThan(160)
    expect(parseHash(hash, ids, reports)).toEqual({ state, problems: [] })
  })

  it.each([
    ['#a=nowhere', 'a'],
    ['#a=<script>', 'a'],
    ['#m=gdp', 'm'],
    ['#c=nb99', 'c'],
    ['#v=0,0,3', 'v'],
    ['#v=NaN,36,9', 'v'],
    ['#__proto__=1', '__proto__'],
    ['#r=r999', 'r'],
    ['#cmp=laoshan', 'cmp'],
    ['#cmp=laoshan,laoshan', 'cmp'],
    ['#cmp=laoshan,nowhere', 'cmp'],
    ['#step=999', 'step'],
    ['#h=forever', 'h'],
  ])('reports %s and keeps the default', (hash, key) => {
    const { state, problems } = parseHash(hash, ids)
    expect(problems.map((p) => p.key)).toEqual([key])
    expect(state).toEqual(DEFAULT_STATE)
  })

  it('never throws and always returns allowed values for random input', () => {
    const alphabet = 'a=&#%,.-_0123456789mclvzp元区\u0000\uffff '
    let seed = 42
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let i = 0; i < 1000; i++) {
      const length = Math.floor(random() * 60)
      const hash = Array.from(
        { length },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('')
      const { state } = parseHash(hash, ids, reports)
      expect(state.area === null || ids.has(state.area)).toBe(true)
      expect(state.compare.every((id) => ids.has(id))).toBe(true)
      expect(state.classes).toBeGreaterThanOrEqual(2)
      expect(Object.getPrototypeOf(state)).toBe(Object.prototype)
    }
  })

  it('refuses overlong hashes whole', () => {
    expect(parseHash('#a=laoshan&' + 'x'.repeat(5000), ids).state).toEqual(DEFAULT_STATE)
  })
})

describe('legacy #figure- links', () => {
  const areas = new Set(['laoshan', 'pingdu'])
  const figures = new Map([
    ['r001-f037', 'pingdu'],
    ['r009-f001', null],
  ])
  it('selects the figure’s area and asks for the figure, with no problem reported', () => {
    const parsed = parseHash('#figure-r001-f037', areas, new Set(), figures)
    expect(parsed.state.area).toBe('pingdu')
    expect(parsed.figure).toBe('r001-f037')
    expect(parsed.problems).toEqual([])
  })
  it.each(['#figure-r404-f001', '#figure-r009-f001'])(
    'ignores %s (unknown figure, or one of no area) without a notice',
    (hash) => {
      expect(parseHash(hash, areas, new Set(), figures)).toEqual({
        state: DEFAULT_STATE,
        problems: [],
      })
    },
  )
  it('still reports a malformed figure link mixed with parameters', () => {
    expect(
      parseHash('#a=laoshan&figure-r001-f037', areas, new Set(), figures).problems,
    ).toHaveLength(1)
  })
})
