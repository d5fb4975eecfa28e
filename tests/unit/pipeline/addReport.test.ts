import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { AREAS } from '../../../src/data/areas'
import { parseAddedReports } from '../../../src/pipeline/inputs'
import { bytesToReportText, checkOptions, newReportMeta } from '../../../src/pipeline/newReport'
import { REPORT_META } from '../../../src/pipeline/report-meta'
import { unknownPlaceNames } from '../../../src/pipeline/review'

const FIXTURES = 'tests/fixtures/add-report'
const utf8 = (s: string) => new TextEncoder().encode(s)
const report =
  '莱西市委书记:莱西市将聚焦先进制造业，今年实施总投资260亿元的58个重点项目，加快建设。'

describe('bytesToReportText', () => {
  it('accepts a UTF-8 Chinese text', () => {
    expect(bytesToReportText(utf8(report))).toEqual({ ok: true, value: report })
  })
  it.each([
    ['empty', new Uint8Array(), /empty/],
    ['GBK', readFileSync(join(FIXTURES, 'gbk.txt')), /not valid UTF-8/],
    [
      'binary',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      /NUL/,
    ],
    ['BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(report)]), /byte-order mark/],
    ['English', utf8('Laixi will invest 26 billion yuan in 58 projects this year.'), /Chinese/],
    ['control characters', utf8(report + '\u0007'), /control/],
  ])('refuses %s input', (_, bytes, reason) => {
    const checked = bytesToReportText(bytes)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.reason).toMatch(reason)
  })
})

describe('checkOptions', () => {
  it.each([
    [undefined, 'x', /--date/],
    ['2024-02-30', 'x', /not a calendar date/],
    ['15.01.2024', 'x', /--date/],
    ['2024-01-15', ' ', /--outlet/],
  ])('refuses date %s outlet %j', (date, outlet, reason) => {
    const checked = checkOptions(date, outlet)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.reason).toMatch(reason)
  })
})

describe('newReportMeta', () => {
  it('takes the next id and a content-hashed file name', () => {
    const meta = newReportMeta(REPORT_META, report, {
      date: '2024-01-15',
      outlet: '青岛日报',
      sourceName: 'a.txt',
    })
    expect(meta.id).toBe('r005')
    expect(meta.file).toMatch(/^005_[0-9a-f]{16}\.txt$/)
    expect(meta.date).toBe('2024-01-15')
  })
  it('records the outlet given with --outlet as stated, with no anchors in the text', () => {
    const meta = newReportMeta(REPORT_META, report, {
      date: '2024-01-15',
      outlet: '青岛日报',
      sourceName: 'a.txt',
    })
    expect([meta.outlet, meta.outletBasis, meta.outletAnchors]).toEqual(['青岛日报', 'stated', []])
  })
})

describe('parseAddedReports', () => {
  it('reads an entry written before outlets had a basis as stated, without anchors', () => {
    const entry = {
      id: 'r005',
      file: '005_0000000000000000.txt',
      outlet: '青岛日报',
      outletEvidence: 'Given with --outlet',
      headline: '标题',
      date: '2024-01-15',
      dateReasoning: 'Given with --date',
      dateAnchors: [],
      defaultAreaId: null,
    }
    const [meta] = parseAddedReports(JSON.stringify([entry]))
    expect([meta?.outletBasis, meta?.outletAnchors]).toEqual(['stated', []])
  })
})

describe('unknownPlaceNames', () => {
  it('finds a zone the registry does not know, not the ones it does', () => {
    const text = '西海岸新区将加快发展。\n蓝海湾新区负责人表示，将新建园区。'
    expect(unknownPlaceNames(text, AREAS).map((u) => u.name)).toEqual(['蓝海湾新区'])
  })
})

/** Runs the real command against a copy of the project's reports and data. */
function addReport(root: string, ...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/pipeline/cli/add-report.ts', ...args, '--root', root], {
    encoding: 'utf8',
  })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

const snapshot = (dir: string) =>
  Object.fromEntries(
    ['public/reports', 'public/data'].flatMap((sub) =>
      readdirSync(join(dir, sub)).map((f) => [
        `${sub}/${f}`,
        readFileSync(join(dir, sub, f), 'utf8'),
      ]),
    ),
  )

describe('npm run add-report, end to end', () => {
  const committed = snapshot('.')
  const root = mkdtempSync(join(tmpdir(), 'add-report-'))
  cpSync('public/reports', join(root, 'public/reports'), { recursive: true })
  cpSync('public/data', join(root, 'public/data'), { recursive: true })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it.each([
    ['gbk.txt', /not valid UTF-8/],
    ['empty.txt', /empty/],
    ['binary', /NUL bytes/],
    ['missing.txt', /cannot read/],
  ])('refuses %s with a clear message and changes nothing', (name, reason) => {
    const file = name === 'binary' ? join(root, 'picture.txt') : join(FIXTURES, name)
    if (name === 'binary')
      writeFileSync(file, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49]))
    const before = snapshot(root)
    const run = addReport(root, file, '--date', '2024-01-15', '--outlet', '青岛日报')
    expect(run.code).toBe(2)
    expect(run.err).toMatch(reason)
    expect(run.err).toContain('Nothing was changed')
    expect(snapshot(root)).toEqual(before)
  })

  it('reviews a new report without writing anything', () => {
    const before = snapshot(root)
    const run = addReport(
      root,
      join(FIXTURES, 'new-report.txt'),
      '--date',
      '2024-01-15',
      '--outlet',
      '青岛日报',
    )
    expect(run.code).toBe(0)
    expect(run.out).toMatch(/r005-f001\s+laixi\s+investment\s+260 亿元\s+pledge\/portfolio/)
    expect(run.out).toMatch(/r005-f002\s+laixi\s+projectCount\s+58 个\s+pledge\/portfolio/)
    expect(run.out).toContain('«蓝海湾新区» is not in the area registry')
    expect(run.out).toContain('nothing was written')
    expect(snapshot(root)).toEqual(before)
  })

  it('publishes with --write, and refuses the same text twice', () => {
    const run = addReport(
      root,
      join(FIXTURES, 'new-report.txt'),
      '--date',
      '2024-01-15',
      '--outlet',
      '青岛日报',
      '--write',
    )
    expect(run.code).toBe(0)
    const added = JSON.parse(readFileSync(join(root, 'public/reports/added-reports.json'), 'utf8'))
    expect(added).toHaveLength(1)
    const text = readFileSync(join(root, 'public/reports', added[0].file), 'utf8')
    expect(text).toBe(readFileSync(join(FIXTURES, 'new-report.txt'), 'utf8'))
    const data = JSON.parse(readFileSync(join(root, 'public/data/pledges.json'), 'utf8'))
    const laixi = data.figures.filter(
      (f: { reportId: string; areaId: string }) => f.reportId === 'r005' && f.areaId === 'laixi',
    )
    expect(laixi.length).toBeGreaterThanOrEqual(2)
    for (const f of data.figures.filter((x: { reportId: string }) => x.reportId === 'r005')) {
      expect(f.quote).toBe(text.slice(f.start, f.end))
    }
    const again = addReport(
      root,
      join(FIXTURES, 'new-report.txt'),
      '--date',
      '2024-01-15',
      '--outlet',
      '青岛日报',
    )
    expect(again.code).toBe(2)
    expect(again.err).toContain('already in the project as r005')
  })

  it('leaves the committed data unchanged', () => {
    expect(snapshot('.')).toEqual(committed)
  })
})
