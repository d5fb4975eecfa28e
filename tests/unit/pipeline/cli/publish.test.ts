import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'
import { afterEach, describe, expect, it } from 'vitest'
import {
  LockBusy,
  PublishFailed,
  lockPath,
  publishFiles,
  recoverPublish,
  withProjectLock,
} from '../../../../src/pipeline/cli/publish'

const roots: string[] = []
afterEach(() => {
  delete process.env.QPM_PUBLISH_FAIL_AT
  delete process.env.QPM_LOCK_WAIT_MS
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true })
})

/** A root with two files in a sub-directory, as public/data and public/reports hold them. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'publish-'))
  roots.push(root)
  mkdirSync(join(root, 'd'))
  writeFileSync(join(root, 'd/a.json'), 'old a')
  writeFileSync(join(root, 'd/b.json'), 'old b')
  return root
}

const files = (root: string) =>
  Object.fromEntries(
    [...readdirSync(root), ...readdirSync(join(root, 'd')).map((f) => `d/${f}`)]
      .filter((f) => f !== 'd')
      .map((f) => [f, readFileSync(join(root, f), 'utf8')]),
  )

const NEW = [
  { path: 'd/new.txt', content: '新' },
  { path: 'd/a.json', content: 'new a' },
  { path: 'd/b.json', content: 'new b' },
]

describe('publishFiles', () => {
  it('replaces and adds every file, leaving no temporary file or journal', () => {
    const root = project()
    publishFiles(root, NEW)
    expect(files(root)).toEqual({ 'd/a.json': 'new a', 'd/b.json': 'new b', 'd/new.txt': '新' })
  })

  it.each([1, 2, 3])('changes nothing when write %i of 3 fails', (n) => {
    const root = project()
    process.env.QPM_PUBLISH_FAIL_AT = String(n)
    expect(() => publishFiles(root, NEW)).toThrow(PublishFailed)
    expect(files(root)).toEqual({ 'd/a.json': 'old a', 'd/b.json': 'old b' })
  })

  it('fails as a whole when a target is a directory, changing nothing', () => {
    const root = project()
    mkdirSync(join(root, 'd/new.txt'))
    expect(() => publishFiles(root, NEW)).toThrow(PublishFailed)
    expect(readFileSync(join(root, 'd/a.json'), 'utf8')).toBe('old a')
  })
})

describe('recoverPublish', () => {
  it('finishes the renames of a publish that crashed after its first rename', () => {
    const root = project()
    // The state a crash leaves: temp files complete, the journal written, one rename done.
    writeFileSync(join(root, 'd/new.txt'), '新')
    writeFileSync(join(root, 'd/a.json.t'), 'new a')
    writeFileSync(join(root, 'd/b.json.t'), 'new b')
    const renames = ['d/new.txt', 'd/a.json', 'd/b.json'].map((to) => ({ from: `${to}.t`, to }))
    writeFileSync(join(root, '.publish-journal.json'), JSON.stringify(renames))
    expect(recoverPublish(root)).toBe(true)
    expect(files(root)).toEqual({ 'd/a.json': 'new a', 'd/b.json': 'new b', 'd/new.txt': '新' })
  })

  it('does nothing without a journal', () => {
    const root = project()
    expect(recoverPublish(root)).toBe(false)
    expect(files(root)).toEqual({ 'd/a.json': 'old a', 'd/b.json': 'old b' })
  })
})

describe('withProjectLock', () => {
  it('refuses with LockBusy once the wait is over while another holds the lock', async () => {
    const root = project()
    const release = await lockfile.lock(root, { lockfilePath: lockPath(root), realpath: false })
    process.env.QPM_LOCK_WAIT_MS = '300'
    await expect(withProjectLock(root, () => 1)).rejects.toThrow(LockBusy)
    await release()
  })

  it('finishes a crashed publish before the work reads anything', async () => {
    const root = project()
    writeFileSync(join(root, 'd/a.json.t'), 'new a')
    writeFileSync(join(root, '.publish-journal.json'), '[{"from":"d/a.json.t","to":"d/a.json"}]')
    const seen = await withProjectLock(root, () => readFileSync(join(root, 'd/a.json'), 'utf8'))
    expect(seen).toBe('new a')
  })

  it('runs the work and releases the lock', async () => {
    const root = project()
    expect(await withProjectLock(root, () => 42)).toBe(42)
    expect(await withProjectLock(root, () => 43)).toBe(43)
    expect(readdirSync(root)).toEqual(['d'])
  })
})
