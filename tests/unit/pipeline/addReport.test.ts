import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { AREAS } from '../../../src/data/areas'
import { readAddedReports } from '../../../src/pipeline/cli/project'
import { parseAddedReports } from '../../../src/pipeline/inputs'
import { textToUnknownPlaces } from '../../../src/pipeline/mentions'
import {
  bytesToReportText,
  checkOptions,
  GIVEN_BY_ADDER,
  newReportMeta,
  nextReportNumber,
} from '../../../src/pipeline/newReport'
import { REPORT_META } from '../../../src/pipeline/report-meta'
import type { Review } from '../../../src/pipeline/review'

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
    // The seed reports are r000 … r004, one number each.
    const next = String(REPORT_META.length).padStart(3, '0')
    expect(meta.id).toBe(`r${next}`)
    expect(meta.file).toMatch(new RegExp(`^${next}_[0-9a-f]{16}\\.txt$`))
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
  it('records the date and outlet as given by the person who added it', () => {
    const meta = newReportMeta(REPORT_META, report, {
      date: '2024-01-15',
      outlet: '青岛日报',
      sourceName: 'a.txt',
    })
    expect(meta.dateReasoning.startsWith(GIVEN_BY_ADDER)).toBe(true)
    expect(meta.outletEvidence.startsWith(GIVEN_BY_ADDER)).toBe(true)
    expect(meta.dateAnchors).toEqual([])
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

describe('textToUnknownPlaces', () => {
  it.each([
    ['西海岸新区将加快发展。\n蓝海湾新区负责人表示，将新建园区。', ['蓝海湾新区']],
    ['项目落户中云街道。', ['中云街道']],
    ['，落户中云街道，位于蓝湾镇。', ['中云街道', '蓝湾镇']],
    ['崂山区金家岭街道表示', ['金家岭街道']],
    ['李沧区李村街道表示，李村街道将', ['李村街道']],
    ['真正把街道打造成', []],
    ['推动新区发展，功能区强则新区强', []],
  ])('finds in %s the names %j', (text, names) => {
    expect(textToUnknownPlaces(text, AREAS).map((u) => text.slice(u.start, u.end))).toEqual(names)
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

/** A copy of the project's reports and data, as add-report and the data checks read them. */
function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'add-report-'))
  cpSync('public/reports', join(root, 'public/reports'), { recursive: true })
  cpSync('public/data', join(root, 'public/data'), { recursive: true })
  return root
}

const META = ['--date', '2024-01-15', '--outlet', '青岛日报']
/** The decisions that settle the fixture's one blocking problem, the name 蓝海湾新区. */
const SETTLED = {
  figures: [],
  places: [
    { name: '蓝海湾新区', reason: 'a made-up zone of the fixture; its 3 parks are no pledge' },
  ],
  passages: [],
}

describe('npm run add-report, end to end', () => {
  const committed = snapshot('.')
  const root = copyProject()
  // The next id after the seeds and whatever the project has added already.
  const next = `r${nextReportNumber([...REPORT_META, ...readAddedReports('.')])}`
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
    const run = addReport(root, file, ...META)
    expect(run.code).toBe(2)
    expect(run.err).toMatch(reason)
    expect(run.err).toContain('Nothing was changed')
    expect(snapshot(root)).toEqual(before)
  })

  it('reviews a new report without writing anything', () => {
    const before = snapshot(root)
    const run = addReport(root, join(FIXTURES, 'new-report.txt'), ...META)
    expect(run.code).toBe(0)
    expect(run.out).toMatch(
      new RegExp(`${next}-f001\\s+laixi\\s+investment\\s+260 亿元\\s+pledge/portfolio`),
    )
    expect(run.out).toMatch(
      new RegExp(`${next}-f002\\s+laixi\\s+projectCount\\s+58 个\\s+pledge/portfolio`),
    )
    expect(run.out).toContain('今年实施总投资【260亿元】的58个重点项目')
    // Before: whatever the project's reports give 莱西市 (none of the seeds states a portfolio).
    expect(run.out).toMatch(/莱西市 investment: \S+ → 260亿元/)
    expect(run.out).toContain('«蓝海湾新区» is not in the area registry')
    expect(run.out).toContain('nothing was written')
    expect(snapshot(root)).toEqual(before)
  })

  it('prints as many problem lines as it counts', () => {
    const run = addReport(root, join(FIXTURES, 'new-report.txt'), ...META)
    const lines = run.out.split('\n')
    const at = lines.findIndex((l) => l.startsWith('Problems: '))
    const count = Number(/^Problems: (\d+)/.exec(lines[at] ?? '')?.[1])
    const listed = lines.slice(at + 1).filter((l) => /^ {2}(BLOCKING|info) /.test(l))
    expect(listed).toHaveLength(count)
  })

  it('gives the review as JSON with --json, offsets into the given text', () => {
    const run = addReport(root, join(FIXTURES, 'new-report.txt'), ...META, '--json')
    expect(run.code).toBe(0)
    const review = JSON.parse(run.out) as Review
    const text = readFileSync(join(FIXTURES, 'new-report.txt'), 'utf8')
    expect(review.report.id).toBe(next)
    const first = review.figures[0]
    expect(first).toMatchObject({ areaId: 'laixi', metric: 'investment', value: 260, unit: '亿元' })
    for (const f of review.figures) {
      expect(text.slice(f.numberStart, f.numberEnd), f.id).toBe(f.written)
      expect(f.numberStart >= f.start && f.numberEnd <= f.end, f.id).toBe(true)
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['scope', 'kind', 'qualifier', 'horizon', 'nestedIn', 'confidence']),
      )
    }
    expect(review.headlineChanges).toContainEqual(
      expect.objectContaining({ areaId: 'laixi', headline: 'investment', after: '260亿元' }),
    )
    expect(review.problems.filter((p) => p.blocking).map((p) => p.kind)).toEqual(['unknownPlace'])
    expect(review.blocking).toBe(1)
  })

  it('blocks --write while a problem is unsettled (exit code 3), changing nothing', () => {
    const before = snapshot(root)
    const run = addReport(root, join(FIXTURES, 'new-report.txt'), ...META, '--write')
    expect(run.code).toBe(3)
    expect(run.err).toContain('--write blocked: 1 problem(s) to settle')
    expect(run.err).toContain('蓝海湾新区')
    expect(snapshot(root)).toEqual(before)
  })

  it('refuses a decisions file without reasons, changing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'decisions-'))
    const file = join(dir, 'new.txt')
    cpSync(join(FIXTURES, 'new-report.txt'), file)
    writeFileSync(join(dir, 'new.decisions.json'), '{"places":[{"name":"蓝海湾新区"}]}')
    const before = snapshot(root)
    const run = addReport(root, file, ...META, '--write')
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/places\[0\]: "reason" must be a non-empty string/)
    expect(snapshot(root)).toEqual(before)
    rmSync(dir, { recursive: true, force: true })
  })

  it('publishes a settled report with --write, its decisions beside it, and refuses it twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'decisions-'))
    const decisions = join(dir, 'mine.json')
    writeFileSync(decisions, JSON.stringify(SETTLED))
    const run = addReport(
      root,
      join(FIXTURES, 'new-report.txt'),
      ...META,
      '--decisions',
      decisions,
      '--write',
    )
    expect(run.code).toBe(0)
    const added = JSON.parse(readFileSync(join(root, 'public/reports/added-reports.json'), 'utf8'))
    const meta = added[added.length - 1]
    expect(meta.id).toBe(next)
    const text = readFileSync(join(root, 'public/reports', meta.file), 'utf8')
    expect(text).toBe(readFileSync(join(FIXTURES, 'new-report.txt'), 'utf8'))
    const beside = meta.file.replace(/\.txt$/, '.decisions.json')
    expect(JSON.parse(readFileSync(join(root, 'public/reports', beside), 'utf8'))).toEqual(SETTLED)
    const data = JSON.parse(readFileSync(join(root, 'public/data/pledges.json'), 'utf8'))
    const laixi = data.figures.filter(
      (f: { reportId: string; areaId: string }) => f.reportId === next && f.areaId === 'laixi',
    )
    expect(laixi.length).toBeGreaterThanOrEqual(2)
    const again = addReport(root, join(FIXTURES, 'new-report.txt'), ...META)
    expect(again.code).toBe(2)
    expect(again.err).toContain(`already in the project as ${next}`)
    rmSync(dir, { recursive: true, force: true })
  })

  it('leaves the copy passing the data checks (reproduction, evidence, coverage)', () => {
    // The previous test published a report into the copy; run the project's data tests on it.
    const run = spawnSync(
      'npx',
      ['vitest', 'run', 'tests/unit/data/pledges.test.ts', 'tests/unit/data/coverage.test.ts'],
      { encoding: 'utf8', env: { ...process.env, PLEDGE_ROOT: root } },
    )
    expect(run.status, run.stdout + run.stderr).toBe(0)
  }, 120_000)

  it('refuses a malformed added-reports.json in one line, never a stack trace', () => {
    const broken = copyProject()
    writeFileSync(join(broken, 'public/reports/added-reports.json'), '{ not json')
    const run = addReport(broken, join(FIXTURES, 'new-report.txt'), ...META)
    rmSync(broken, { recursive: true, force: true })
    expect(run.code).toBe(2)
    expect(run.err.trim().split('\n')).toHaveLength(1)
    expect(run.err).toMatch(/^add-report: refused: public\/reports\/added-reports.json: /)
    expect(run.err).not.toMatch(/\n\s+at /)
  })

  it('leaves the committed data unchanged', () => {
    expect(snapshot('.')).toEqual(committed)
  })
})
