/**
 * Writes the files of one publish all or none, and serialises publishes between processes.
 *
 * - **All or none.** Every file is first written to a temporary file beside its target (same
 *   directory, so the rename is atomic) and fsynced. Only when every temporary file is complete is
 *   a journal written listing the renames; then each temporary file is renamed over its target,
 *   the directories are fsynced and the journal removed. A failure while writing the temporary
 *   files (disk full, a read-only directory) removes them and leaves every original untouched.
 * - **A crash between renames** leaves the journal: the next publish (or `build:data`) rolls it
 *   forward under the lock before reading anything, renaming the temporary files that are still
 *   there — they are complete, since the journal is written only after all of them are fsynced.
 *   Renames run in the order given (new report texts first, added-reports.json next, the derived
 *   pledges.json and manifest last), so even without the roll-forward a reader never sees a
 *   report listed without its text.
 * - **One publish at a time.** `withProjectLock` holds a lock (proper-lockfile: an atomic `mkdir`
 *   whose mtime is refreshed, so a crashed holder's lock goes stale) around the whole
 *   read-modify-write, so two `add-report --write` never both read the same added-reports.json.
 *
 * `write-file-atomic` was not used: it renames each file as soon as it is written, so it cannot
 * give all-or-none over several files, and its current major (8) needs Node 22.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { dirname, join, relative } from 'node:path'
import lockfile from 'proper-lockfile'

/** One file of a publish: its path relative to the project root and its new content. */
export interface PublishFile {
  path: string
  content: string
}

/** A write of a publish failed (a full disk …); every original file was left as it was. */
export class PublishFailed extends Error {}

/** A publish could not take the lock in time: another one is running. */
export class LockBusy extends Error {}

const JOURNAL = '.publish-journal.json'
const LOCK = '.publish.lock'

/** How long a second publish waits for the first (a build takes 2–3 s). */
export const LOCK_WAIT_MS = 30_000

/** The lock directory of the project at `root` (exported for the tests). */
export const lockPath = (root: string) => join(root, LOCK)

interface Rename {
  from: string
  to: string
}

/** Writes and fsyncs one file, failing on a short write (a full disk). */
function writeDurably(path: string, content: string): void {
  const fd = openSync(path, 'wx', 0o644)
  try {
    const bytes = Buffer.from(content, 'utf8')
    let done = 0
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Test hook: `QPM_PUBLISH_FAIL_AT=N` makes the Nth temporary file write fail, as a full disk
 * would, so the tests can prove that a failed publish changes nothing.
 */
function injectedFailure(n: number): void {
  if (Number(process.env.QPM_PUBLISH_FAIL_AT) === n)
    throw Object.assign(new Error('ENOSPC: no space left on device (injected)'), {
      code: 'ENOSPC',
    })
}

function applyRenames(root: string, renames: readonly Rename[]): void {
  for (const r of renames)
    if (existsSync(join(root, r.from))) renameSync(join(root, r.from), join(root, r.to))
  for (const dir of new Set(renames.map((r) => dirname(join(root, r.to))))) fsyncDir(dir)
}

/** Finishes a publish that crashed between its renames (see the module comment). */
export function recoverPublish(root: string): boolean {
  const journal = join(root, JOURNAL)
  if (!existsSync(journal)) return false
  applyRenames(root, JSON.parse(readFileSync(journal, 'utf8')) as Rename[])
  rmSync(journal)
  fsyncDir(root)
  return true
}

/** Writes every file or, if any write fails, none (the originals stay byte for byte). */
export function publishFiles(root: string, files: readonly PublishFile[]): void {
  const tag = `.${process.pid}.${Date.now().toString(36)}.tmp`
  const renames: Rename[] = files.map((f) => ({ from: f.path + tag, to: f.path }))
  const written: string[] = []
  try {
    // A rename can fail only where a target cannot be replaced by a file: check before commit.
    for (const f of files) {
      const target = join(root, f.path)
      if (existsSync(target) && !lstatSync(target).isFile())
        throw new Error(`${f.path} exists and is not a regular file`)
    }
    files.forEach((f, i) => {
      injectedFailure(i + 1)
      const temp = join(root, f.path + tag)
      written.push(temp)
      writeDurably(temp, f.content)
    })
    writeDurably(join(root, JOURNAL + tag), JSON.stringify(renames))
    renameSync(join(root, JOURNAL + tag), join(root, JOURNAL))
    fsyncDir(root)
  } catch (err) {
    for (const temp of written) rmSync(temp, { force: true })
    rmSync(join(root, JOURNAL + tag), { force: true })
    throw new PublishFailed(
      `could not write the project: ${(err as Error).message}; every file was left as it was`,
    )
  }
  // From here on the publish is committed: the journal finishes it if this process dies.
  try {
    applyRenames(root, renames)
  } catch (err) {
    throw new PublishFailed(
      `a rename failed (${(err as Error).message}); ${JOURNAL} records the rest, and the next ` +
        '--write or build:data finishes them',
    )
  }
  rmSync(join(root, JOURNAL))
  fsyncDir(root)
}

/**
 * Runs `work` holding the project's lock, after finishing any crashed publish. Waits up to
 * `LOCK_WAIT_MS` for another holder, then throws `LockBusy`.
 */
export async function withProjectLock<T>(root: string, work: () => T): Promise<T> {
  // QPM_LOCK_WAIT_MS shortens the wait for the tests.
  const wait = Number(process.env.QPM_LOCK_WAIT_MS) || LOCK_WAIT_MS
  let release: () => Promise<void>
  try {
    release = await lockfile.lock(root, {
      lockfilePath: lockPath(root),
      realpath: false,
      // The pipeline runs synchronously and blocks the timer that refreshes the lock, so a lock
      // counts as stale (its holder crashed) only well after the longest build.
      stale: 120_000,
      retries: { retries: Math.ceil(wait / 250), minTimeout: 250, maxTimeout: 250 },
      // Someone removed the lock while we held it: say so in one line rather than throw.
      onCompromised: (err) => console.error(`publish: the project lock was lost: ${err.message}`),
    })
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ELOCKED')
      throw new LockBusy(
        `another add-report or build:data is writing the project (${relative(process.cwd(), join(root, LOCK)) || LOCK} ` +
          `held for over ${wait / 1000} s); try again, or remove the lock if no such process runs`,
      )
    throw err
  }
  try {
    recoverPublish(root)
    return work()
  } finally {
    await release()
  }
}
