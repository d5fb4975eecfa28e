import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { GIVEN_BY_ADDER } from '../../../src/pipeline/newReport'
import { REPORT_META } from '../../../src/pipeline/report-meta'
import { pledgesToJson, reportsToManifest } from '../../../src/pipeline/serialize'
import type { PledgeData } from '../../../src/types/pledge'
import { inputs, readProjectFile, rebuilt, textOf } from './build'

/** The five seed reports; any other was added with `npm run add-report`. */
const SEEDS = new Set(REPORT_META.map((m) => m.id))

const committedText = readProjectFile('public/data/pledges.json')
const committed = JSON.parse(committedText) as PledgeData

describe('public/data/pledges.json', () => {
  it('is reproduced byte for byte by the pipeline', () => {
    expect(pledgesToJson(rebuilt)).toBe(committedText)
  })

  it('has a manifest reproduced byte for byte', () => {
    expect(reportsToManifest(rebuilt.reports)).toBe(readProjectFile('public/reports/manifest.json'))
  })

  it('stays small enough to download with the map (≤ 40 KB gzip)', () => {
    expect(gzipSync(committedText).length).toBeLessThan(40_000)
  })

  it('has every quote at its offsets, holding its number as written', () => {
    for (const f of committed.figures) {
      const text = textOf(f.reportId)
      expect(text.slice(f.start, f.end), f.id).toBe(f.quote)
      expect(f.numberStart >= f.start && f.numberEnd <= f.end, f.id).toBe(true)
      expect(text.slice(f.numberStart, f.numberEnd), f.id).toContain(f.numberText)
      expect(Number.isFinite(f.value), f.id).toBe(true)
    }
  })

  it('attributes every area figure and commitment to a registered area', () => {
    const ids = new Set(committed.areas.map((a) => a.id))
    for (const f of committed.figures)
      expect(f.scope === 'area' ? ids.has(f.areaId ?? '') : f.areaId === null, f.id).toBe(true)
    for (const c of committed.commitments) expect(ids.has(c.areaId), c.id).toBe(true)
  })

  it('links figures only to existing figures, pairs both ways', () => {
    const byId = new Map(committed.figures.map((f) => [f.id, f]))
    for (const f of committed.figures) {
      for (const ref of [f.pairedWith, f.nestedIn, f.duplicateOf, f.overlapGroup]) {
        if (ref !== null) expect(byId.has(ref), `${f.id} → ${ref}`).toBe(true)
      }
      if (f.pairedWith) expect(byId.get(f.pairedWith)?.pairedWith).toBe(f.id)
    }
  })

  it('has unique, ordered figure ids', () => {
    const ids = committed.figures.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
  })

  it('has commitments inside their report text', () => {
    for (const c of committed.commitments) {
      expect(c.end <= textOf(c.reportId).length && c.start < c.end, c.id).toBe(true)
    }
  })

  it('dates every seed report with evidence found in its text', () => {
    for (const r of committed.reports.filter((x) => SEEDS.has(x.id))) {
      expect(r.length).toBe(textOf(r.id).length)
      expect(r.dateEvidence.length, r.id).toBeGreaterThan(0)
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('gives an added report the date and outlet given by the person who added it, no spans', () => {
    for (const r of committed.reports.filter((x) => !SEEDS.has(x.id))) {
      expect(r.length).toBe(textOf(r.id).length)
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect([r.dateEvidence, r.outletEvidenceSpans], r.id).toEqual([[], []])
      expect(r.dateReasoning.startsWith(GIVEN_BY_ADDER), r.id).toBe(true)
      expect(r.outletEvidence.startsWith(GIVEN_BY_ADDER), r.id).toBe(true)
    }
  })

  it('grounds every outlet of the five reports in phrases of its text', () => {
    for (const r of committed.reports.filter((x) => SEEDS.has(x.id))) {
      expect(r.outletEvidenceSpans.length, r.id).toBeGreaterThan(0)
      for (const s of r.outletEvidenceSpans) expect(s.start < s.end, r.id).toBe(true)
    }
  })

  it.each([
    ['r000', '青岛西海岸报', 'inferred', '□本报记者'],
    ['r001', '青岛日报', 'inferred', '聚焦省第十二次党代会'],
    ['r002', '观海新闻 / 青岛日报 (青报全媒体)', 'stated', '观海新闻/青报全媒体 记者'],
    ['r003', '青岛西海岸报', 'inferred', '□本报记者'],
    ['r004', '青岛日报', 'stated', '## 青岛日报 聚焦'],
  ])('gives %s the outlet %s (%s), resting on %s', (id, outlet, basis, phrase) => {
    const r = committed.reports.find((x) => x.id === id)
    const quoted = r?.outletEvidenceSpans.map((s) => textOf(id).slice(s.start, s.end))
    expect([r?.outlet, r?.outletBasis]).toEqual([outlet, basis])
    expect(quoted?.some((q) => q.startsWith(phrase))).toBe(true)
  })

  it('records the repeated passages of the report that prints paragraphs twice', () => {
    const r001 = committed.reports.find((r) => r.id === 'r001')
    expect(r001?.repeatedPassages.length).toBeGreaterThan(5)
    for (const p of r001?.repeatedPassages ?? []) {
      const text = textOf('r001')
      const first = text.slice(p.firstStart, p.firstStart + (p.end - p.start))
      expect(first).toBe(text.slice(p.start, p.end))
    }
  })

  it('has no warnings among its problems', () => {
    expect(committed.problems.filter((p) => p.severity === 'warning')).toEqual([])
  })

  it("keeps each report's decisions few, each with a reason", () => {
    for (const { meta, decisions } of inputs) {
      const all = [
        ...(decisions?.figures ?? []),
        ...(decisions?.places ?? []),
        ...(decisions?.passages ?? []),
      ]
      expect(all.length, meta.id).toBeLessThanOrEqual(40)
      for (const d of all) expect(d.reason.trim().length, meta.id).toBeGreaterThan(10)
    }
  })
})
