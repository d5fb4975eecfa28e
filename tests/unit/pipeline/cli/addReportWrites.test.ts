/**
 * `npm run add-report -- … --write` under faults: concurrent writers, a write failing halfway,
 * unbounded or hostile inputs, a hand-edited added-reports.json. Each test spawns the real CLI
 * with tsx against a temp copy of the project's reports and data. `ADD_REPORT_CLI` may point at
 * another copy of the CLI (how these tests were run against the code before the fix).
 */
import { spawn, spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const CLI = resolve(process.env.ADD_REPORT_CLI ?? 'src/pipeline/cli/add-report.ts')
const TSX = resolve('node_modules/.bin/tsx')
const FIXTURES = resolve('tests/fixtures/add-report')
const META = ['--date', '2024-01-15', '--outlet', '青岛日报']
const STACK = /\n\s+at |^\s+at /m

interface Run {
  code: number | null
  out: string
  err: string
  ms: number
}

const roots: string[] = []
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})

/** A copy of the project's reports and data, and a decisions file settling the fixture. */
function copyProject(): { root: string; settled: string } {
  const root = mkdtempSync(join(tmpdir(), 'add-report-writes-'))
  roots.push(root)
  cpSync('public/reports', join(root, 'public/reports'), { recursive: true })
  cpSync('public/data', join(root, 'public/data'), { recursive: true })
  const settled = join(root, 'settled.json')
  writeFileSync(
    settled,
    JSON.stringify({
      figures: [],
      places: [{ name: '蓝海湾新区', reason: 'a made-up zone of the fixture' }],
      passages: [],
    }),
  )
  return { root, settled }
}

/** Every file of the copy's public/ with its bytes (temp files and journals would show up). */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const sub of ['public/reports', 'public/data'])
    for (const f of readdirSync(join(root, sub)))
      files[`${sub}/${f}`] = readFileSync(join(root, sub, f)).toString('base64')
  for (const f of readdirSync(root)) if (f.startsWith('.publish')) files[f] = 'left over'
  return files
}

/** Runs the CLI (asynchronously, so that several can run at once). */
function addReport(
  root: string,
  args: string[],
  { env = {}, shell }: { env?: Record<string, string>; shell?: string } = {},
): Promise<Run> {
  const started = performance.now()
  const argv = [CLI, ...args, '--root', root]
  const child = shell
    ? spawn('sh', ['-c', `${shell}; exec "$0" "$@"`, TSX, ...argv])
    : spawn(TSX, argv, { env: { ...process.env, ...env } })
  let out = ''
  let err = ''
  child.stdout.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr.on('data', (d: Buffer) => (err += d.toString()))
  return new Promise((done) =>
    child.on('close', (code) => done({ code, out, err, ms: performance.now() - started })),
  )
}

const added = (root: string): { id: string; file: string }[] =>
  JSON.parse(readFileSync(join(root, 'public/reports/added-reports.json'), 'utf8'))

describe('two add-report --write at once', () => {
  const TRIALS = 8
  it(`keeps both reports in ${TRIALS} trials; each run writes or refuses in one line`, async () => {
    const lost: string[] = []
    for (let trial = 0; trial < TRIALS; trial++) {
      const { root, settled } = copyProject()
      const before = added(root).length
      const [a, b] = await Promise.all([
        addReport(root, [
          join(FIXTURES, 'new-report.txt'),
          ...META,
          '--decisions',
          settled,
          '--write',
        ]),
        addReport(root, [join(FIXTURES, 'second-report.txt'), ...META, '--write']),
      ])
      const wrote = [a, b].filter((r) => r.code === 0)
      for (const r of [a, b]) {
        if (r.code === 0) expect(r.out).toContain('Wrote public/reports/')
        else {
          expect(r.code, r.err).toBe(2)
          expect(r.err.trim().split('\n')).toHaveLength(1)
        }
      }
      const list = added(root)
      if (list.length !== before + wrote.length) lost.push(`trial ${trial}`)
      expect(new Set(list.map((m) => m.id)).size).toBe(list.length)
      // Every listed report has its text, and the published data holds its figures.
      const data = JSON.parse(readFileSync(join(root, 'public/data/pledges.json'), 'utf8'))
      for (const m of list.slice(before)) {
        expect(readdirSync(join(root, 'public/reports'))).toContain(m.file)
        expect(data.reports.map((r: { id: string }) => r.id)).toContain(m.id)
      }
      expect(Object.keys(snapshot(root)).filter((f) => /tmp$|^\.publish/.test(f))).toEqual([])
    }
    expect(lost).toEqual([])
  }, 240_000)
})

describe('a write that fails halfway', () => {
  // The publish writes 5 files: text, decisions, added-reports.json, pledges.json, manifest.
  it.each([1, 2, 3, 4, 5])(
    'failing on file %i leaves every file byte-identical',
    async (n) => {
      const { root, settled } = copyProject()
      const before = snapshot(root)
      const run = await addReport(
        root,
        [join(FIXTURES, 'new-report.txt'), ...META, '--decisions', settled, '--write'],
        { env: { QPM_PUBLISH_FAIL_AT: String(n) } },
      )
      expect(run.code).toBe(1)
      expect(run.err).toMatch(/could not write .*every file was left as it was/)
      expect(run.err).not.toMatch(STACK)
      expect(snapshot(root)).toEqual(before)
    },
    90_000,
  )

  it('a real full disk (a 64 KiB file size limit) leaves every file byte-identical', async () => {
    const { root, settled } = copyProject()
    const before = snapshot(root)
    const run = await addReport(
      root,
      [join(FIXTURES, 'new-report.txt'), ...META, '--decisions', settled, '--write'],
      { shell: 'ulimit -f 64' },
    )
    expect(run.code).not.toBe(0)
    expect(run.err).not.toMatch(STACK)
    expect(snapshot(root)).toEqual(before)
  }, 90_000)
})

describe('inputs that must be refused quickly, in one line, with exit code 2', () => {
  const { root } = copyProject()
  const dir = mkdtempSync(join(tmpdir(), 'add-report-inputs-'))
  roots.push(dir)
  const big = join(dir, 'big.txt')
  writeFileSync(big, '青岛'.repeat(400_000))
  const garbage = join(dir, 'garbage.txt')
  writeFileSync(
    garbage,
    Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256),
  )
  const latin1 = join(dir, 'latin1.txt')
  writeFileSync(latin1, Buffer.from([0xc0, 0xaf, 0xe9, 0x20, 0xff, 0xfe, 0x41]))
  const fifo = join(dir, 'pipe.txt')
  spawnSync('mkfifo', [fifo])

  it.each([
    ['/dev/zero', '/dev/zero', /not a regular file/],
    ['a FIFO', fifo, /not a regular file/],
    ['an oversized file (2.4 MB)', big, /bytes; the limit is 1000000/],
    ['an empty file', join(FIXTURES, 'empty.txt'), /empty/],
    ['binary garbage', garbage, /NUL bytes|not valid UTF-8|control/],
    ['invalid UTF-8', latin1, /not valid UTF-8/],
    ['a directory', FIXTURES, /not a regular file/],
    ['a missing file', join(dir, 'missing.txt'), /cannot read .*no such file/],
  ])(
    '%s',
    async (_, file, reason) => {
      const before = snapshot(root)
      const run = await addReport(root, [file, ...META, '--write'])
      expect(run.code).toBe(2)
      expect(run.err).toMatch(reason)
      expect(run.err.trim().split('\n')).toHaveLength(1)
      expect(run.err).not.toMatch(STACK)
      expect(run.ms).toBeLessThan(10_000)
      expect(snapshot(root)).toEqual(before)
    },
    20_000,
  )

  it('an unknown option', async () => {
    const run = await addReport(root, ['--bogus'])
    expect([run.code, run.err.trim().split('\n').length]).toEqual([2, 1])
  }, 20_000)
})

describe('a duplicate of a report in the project', () => {
  const { root } = copyProject()
  const dir = mkdtempSync(join(tmpdir(), 'add-report-dup-'))
  roots.push(dir)
  const original = readFileSync('public/reports/002_10887d3b92d999db.txt', 'utf8')
  const retyped = join(dir, 'retyped.txt')
  // The same report re-typeset: other line breaks, indentation, full-width digits.
  writeFileSync(
    retyped,
    original.replace(/\n+/g, '\n\n  ').replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + +d)),
  )

  it.each([
    ['one of the five original reports, as committed', 'public/reports/002_10887d3b92d999db.txt'],
    ['one of them re-typeset', retyped],
  ])(
    'refuses %s, naming it',
    async (_, file) => {
      const run = await addReport(root, [resolve(file), ...META, '--write'])
      expect(run.code).toBe(2)
      expect(run.err).toContain('already in the project as r002 (002_10887d3b92d999db.txt)')
    },
    20_000,
  )
})

describe('added-reports.json naming a file outside public/reports/', () => {
  const entry = (file: string) => ({
    id: 'r005',
    file,
    outlet: '青岛日报',
    outletEvidence: 'Given with --outlet',
    headline: '标题',
    date: '2024-01-15',
    dateReasoning: 'Given with --date',
    dateAnchors: [],
    defaultAreaId: null,
  })

  it.each([
    ['a path with ..', '../../outside/005_0000000000000000.txt'],
    ['an absolute path', '/etc/hostname'],
    ['a symlink to a file outside', '005_0000000000000000.txt'],
  ])(
    'refuses %s',
    async (_, file) => {
      const { root } = copyProject()
      const outside = join(root, 'outside')
      mkdirSync(outside)
      writeFileSync(
        join(outside, '005_0000000000000000.txt'),
        readFileSync(join(FIXTURES, 'new-report.txt')),
      )
      if (!file.includes('/'))
        symlinkSync(join(outside, '005_0000000000000000.txt'), join(root, 'public/reports', file))
      writeFileSync(join(root, 'public/reports/added-reports.json'), JSON.stringify([entry(file)]))
      const before = snapshot(root)
      const run = await addReport(root, [join(FIXTURES, 'second-report.txt'), ...META, '--write'])
      expect(run.code).toBe(2)
      expect(run.err).toMatch(/not a file name inside public\/reports|link to a file outside/)
      expect(run.err).not.toMatch(STACK)
      expect(snapshot(root)).toEqual(before)
    },
    20_000,
  )
})
