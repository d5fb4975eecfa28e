import { LIMITS, parseBoundaries, type BoundaryParse } from './parseBoundaries'

/** How far the worker has got: bytes read of the file, then features checked. */
export type ParseProgress = { stage: 'read' | 'check'; done: number; total: number }

/** What the worker posts back: progress any number of times, then exactly one result. */
export type WorkerMessage =
  { kind: 'progress'; progress: ParseProgress } | { kind: 'result'; result: BoundaryParse }

const detailOf = (err: unknown) => (err instanceof Error ? err.message : String(err))

/** Reads a Blob as UTF-8 text chunk by chunk, reporting the bytes read so far. */
export async function readText(blob: Blob, onBytes: (done: number) => void): Promise<string> {
  const reader = blob.stream().getReader()
  const decoder = new TextDecoder()
  let text = ''
  let done = 0
  for (;;) {
    const chunk = await reader.read()
    if (chunk.done) break
    done += chunk.value.byteLength
    text += decoder.decode(chunk.value, { stream: true })
    onBytes(done)
  }
  return text + decoder.decode()
}

/**
 * The worker's whole job, as a function of the file: size cap (before reading), read with
 * progress, parse and check with progress. Never throws: whatever goes wrong becomes a problem
 * the dialog can name, so it is never left empty.
 */
export async function parseFile(
  blob: Blob,
  post: (m: WorkerMessage) => void,
  /** The checks; a parameter so that a test can make them throw. */
  parse: typeof parseBoundaries = parseBoundaries,
): Promise<void> {
  const progress = (stage: ParseProgress['stage'], done: number, total: number) =>
    post({ kind: 'progress', progress: { stage, done, total } })
  post({ kind: 'result', result: await parseBlob(blob, progress, parse) })
}

async function parseBlob(
  blob: Blob,
  progress: (stage: ParseProgress['stage'], done: number, total: number) => void,
  parse: typeof parseBoundaries,
): Promise<BoundaryParse> {
  // The size cap is checked before reading, so a huge file is never loaded into memory.
  if (blob.size > LIMITS.bytes) return parse('', blob.size)
  let text: string
  try {
    text = await readText(blob, (done) => progress('read', done, blob.size))
  } catch (err) {
    return { ok: false, problem: { code: 'readFailed', detail: detailOf(err) } }
  }
  try {
    return parse(text, blob.size, (done, total) => progress('check', done, total))
  } catch (err) {
    return { ok: false, problem: { code: 'crashed', detail: detailOf(err) } }
  }
}
