import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { summariseFigure } from '../../../src/format/gloss'
import type { Figure, PledgeData } from '../../../src/types/pledge'
import { fig } from '../../fixtures/pledges/figures'

const data = JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as PledgeData
const byId = (id: string): Figure => data.figures.find((f) => f.id === id)!

describe('summariseFigure on real figures', () => {
  it.each([
    [
      'r001-f028',
      'r001-f029',
      'Laoshan pledges a project portfolio of CNY 93 bn (334 projects) over 2022–2024.',
    ],
    ['r001-f005', null, 'Laoshan pledges GDP of over CNY 150 bn by 2026.'],
    ['r001-f007', null, 'Laoshan pledges growth of 50% by 2026.'],
    ['r001-f008', null, 'Laoshan aims for over 800 enterprises by 2026.'],
    ['r001-f032', null, 'Laoshan aims for spending of CNY 55 bn over 2022–2026.'],
    ['r004-f006', null, 'Laoshan aims for 100 projects introduced in 2023.'],
    ['r001-f027', null, 'Laoshan aims for at least 50 talent teams over 2022–2026.'],
  ])('%s', (id, pairId, summary) => {
    expect(summariseFigure(byId(id), 'Laoshan', pairId ? byId(pairId) : null)).toBe(summary)
  })

  it('summarises every figure in English, without Chinese characters or a bare "other"', () => {
    for (const f of data.figures) {
      const s = summariseFigure(f, 'X')
      expect(s, f.id).not.toMatch(/[\u4e00-\u9fff]/)
      expect(s, f.id).not.toMatch(/\bother\b/)
    }
  })
})

describe('summariseFigure: kind and period', () => {
  const base = { id: 'x', areaId: 'a', metric: 'projectCount' as const, value: 12 }
  it.each([
    [{ kind: 'achievement' as const }, 'A reports 12 projects (no period stated).'],
    [{ kind: 'context' as const }, 'A cites 12 projects (no period stated).'],
    [
      { horizon: { kind: 'secondHalf' as const, text: '下半年', startYear: 2023, endYear: 2023 } },
      'A pledges 12 projects in H2 2023.',
    ],
    [{ countSet: 'started' as const }, 'A pledges 12 project starts (no period stated).'],
  ])('%o', (p, summary) => {
    expect(summariseFigure(fig({ ...base, ...p }), 'A')).toBe(summary)
  })
})

describe('summariseFigure: size classes', () => {
  it('says a size class is a threshold, not an amount pledged', () => {
    expect(summariseFigure(byId('r001-f002'), 'Laoshan')).toBe(
      'Laoshan uses a size class, CNY 100 bn-class: a threshold, not an amount.',
    )
  })
})
