import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { glossFigure } from '../../../src/format/gloss'
import type { PledgeData } from '../../../src/types/pledge'

const data = JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as PledgeData
const figure = (id: string) => data.figures.find((f) => f.id === id)!

describe('glossFigure on real figures', () => {
  it.each([
    ['r001-f011', 'investment: CNY 710 bn'],
    ['r001-f012', '1,364 projects'],
    ['r004-f029', 'at least 300 projects'],
  ])('%s → %s', (id, gloss) => {
    expect(glossFigure(figure(id))).toBe(gloss)
  })

  it('glosses every figure in English, without Chinese characters', () => {
    for (const f of data.figures) expect(glossFigure(f), f.id).not.toMatch(/\p{Script=Han}/u)
  })
})
