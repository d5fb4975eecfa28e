/**
 * The regression corpus (tests/fixtures/corpus/, see its README): texts written for this test in
 * the styles of Qingdao local news, each with a gold table of its investment and project-count
 * figures. Each text runs alone through the whole pipeline; the extracted figures are scored
 * against the gold by position, and the corpus fails below the thresholds.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AREAS } from '../../../src/data/areas'
import { reportsToPledges } from '../../../src/pipeline/build'
import type { ReportMeta } from '../../../src/pipeline/report-meta'
import {
  goldProblems,
  scoreText,
  sumTallies,
  tallyToRates,
  type Failure,
  type GoldTable,
  type Rates,
  type TextScore,
} from './corpusScore'

/** Overall minimums, over every investment and project-count figure of the corpus. */
const THRESHOLDS = { precision: 0.95, recall: 0.9, attribution: 0.95 } as const

const DIR = new URL('../../fixtures/corpus/', import.meta.url)

interface CorpusText {
  slug: string
  text: string
  gold: GoldTable
}

function loadCorpus(): CorpusText[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as GoldTable
      return {
        slug: f.replace(/\.gold\.json$/, ''),
        text: readFileSync(new URL(gold.text, DIR), 'utf8'),
        gold,
      }
    })
}

/** Metadata of a corpus text: no outlet, no default area (the city paper's beat). */
function metaOf(c: CorpusText): ReportMeta {
  return {
    id: `c-${c.slug}`,
    file: c.gold.text,
    outlet: 'corpus',
    outletBasis: 'inferred',
    outletEvidence: 'hand-written corpus text',
    outletAnchors: [],
    headline: c.text.trim().split('\n')[0] ?? '',
    date: c.gold.date,
    dateReasoning: 'corpus',
    dateAnchors: [],
    defaultAreaId: null,
  }
}

/** The score of a text; a pipeline that throws on it extracts nothing (and says why). */
function scoreOf(c: CorpusText): TextScore & { error: string | null } {
  try {
    const data = reportsToPledges([{ meta: metaOf(c), text: c.text }], AREAS, [])
    return { ...scoreText(c.text, c.gold, data.figures), error: null }
  } catch (e) {
    return { ...scoreText(c.text, c.gold, []), error: String(e) }
  }
}

function pct(x: number | null): string {
  return x === null ? '—' : `${(100 * x).toFixed(0)}%`
}

const COLUMNS = ['text', 'gold', 'extracted', 'precision', 'recall', 'attribution', 'kind']

/** One line of the printed table (plain text, so it can be pasted into a review). */
function row(name: string, gold: number, extracted: number, r: Rates): string {
  const cells = [
    String(gold),
    String(extracted),
    ...[r.precision, r.recall, r.attribution, r.kind].map(pct),
  ]
  return [
    name.padEnd(32),
    ...cells.map((c, i) => c.padStart((COLUMNS[i + 1] ?? '').length + 2)),
  ].join('')
}

function header(): string {
  return [COLUMNS[0]?.padEnd(32), ...COLUMNS.slice(1).map((c) => c.padStart(c.length + 2))].join('')
}

function failureLines(slug: string, fs: readonly Failure[]): string[] {
  return fs.map(
    (f) => `${slug}  ${f.kind.padEnd(11)} «${f.at}»  want ${f.expected}, got ${f.actual}`,
  )
}

const CORPUS = loadCorpus()

describe('corpus gold tables', () => {
  it('has at least ten texts besides the clean one', () => {
    expect(CORPUS.filter((c) => /^\d\d-/.test(c.slug)).length).toBeGreaterThanOrEqual(10)
  })

  it.each(CORPUS.map((c) => [c.slug, c] as const))('%s: anchors unique, areas known', (_, c) => {
    expect(goldProblems(c.text, c.gold)).toEqual([])
    const ids = new Set(AREAS.map((a) => a.id))
    expect(c.gold.figures.filter((g) => g.areaId !== null && !ids.has(g.areaId))).toEqual([])
  })
})

describe('corpus scores', () => {
  it('extracts investment and project figures above the thresholds', () => {
    const scores = CORPUS.map((c) => ({ c, s: scoreOf(c) }))
    const total = sumTallies(scores.map((x) => x.s.tally))
    const rates = tallyToRates(total)
    console.log(
      [
        header(),
        ...scores.map(({ c, s }) =>
          row(c.slug, s.tally.gold, s.tally.extracted, tallyToRates(s.tally)),
        ),
        row('ALL', total.gold, total.extracted, rates),
      ].join('\n'),
    )
    const byKind = new Map<string, string[]>()
    for (const { c, s } of scores) {
      for (const f of s.failures) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), c.slug])
    }
    console.log(
      [...byKind]
        .map(([k, slugs]) => `${k}: ${slugs.length} (${[...new Set(slugs)].join(', ')})`)
        .join('\n'),
    )
    console.log(scores.flatMap(({ c, s }) => failureLines(c.slug, s.failures)).join('\n'))
    for (const { c, s } of scores) if (s.error) console.log(`${c.slug}: pipeline threw ${s.error}`)
    // Every rate below its minimum, with its value: empty when the corpus passes.
    const below = (Object.keys(THRESHOLDS) as (keyof typeof THRESHOLDS)[])
      .filter((k) => (rates[k] ?? 0) < THRESHOLDS[k])
      .map((k) => `${k} ${pct(rates[k])} < ${pct(THRESHOLDS[k])}`)
    expect(below).toEqual([])
  })
})
