import { describe, expect, it } from 'vitest'
import { decisionMatches } from '../../../src/pipeline/decisions'
import { EXCLUSIONS, textToExcludedSpans } from '../../../src/pipeline/exclusions'
import { inputs, rebuilt } from './build'

/**
 * Nothing is missed silently: every Arabic numeral of every report lies inside an extracted
 * figure's number span or inside a span of an exclusion rule (which carries its reason), or a
 * reviewer excluded it in the report's decisions file (with its reason).
 */
describe('numeral coverage', () => {
  it.each(inputs.map((i) => [i.meta.id, i.text] as const))(
    'every numeral of %s is accounted for',
    (id, text) => {
      const figures = rebuilt.figures.filter((f) => f.reportId === id)
      const excluded = textToExcludedSpans(text)
      const decided = (inputs.find((i) => i.meta.id === id)?.decisions?.figures ?? []).filter(
        (d) => d.action === 'exclude',
      )
      const missed: string[] = []
      for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
        const s = m.index
        const e = s + m[0].length
        const inFigure = figures.some((f) => f.numberStart <= s && e <= f.numberEnd)
        const inExclusion = excluded.some((x) => x.start <= s && e <= x.end)
        const inDecision = decided.some((d) => decisionMatches(text, d, { start: s, end: e }))
        if (!inFigure && !inExclusion && !inDecision)
          missed.push(`${m[0]} at ${s}: ${text.slice(s - 10, e + 10)}`)
      }
      expect(missed).toEqual([])
    },
  )

  it('gives every exclusion rule a reason', () => {
    for (const rule of EXCLUSIONS) expect(rule.reason.length, rule.id).toBeGreaterThan(10)
  })

  it('never lets a figure and an exclusion claim the same numeral', () => {
    for (const { meta, text } of inputs) {
      const excluded = textToExcludedSpans(text)
      for (const f of rebuilt.figures.filter((x) => x.reportId === meta.id)) {
        const clash = excluded.find((x) => x.start <= f.numberStart && f.numberEnd <= x.end)
        expect(clash, f.id).toBeUndefined()
      }
    }
  })
})
