import type { BoundaryParse } from './parseBoundaries'
import type { ParseProgress, WorkerMessage } from './parseFile'

/** A running parse: its result (null when cancelled) and a way to stop it. */
export interface ParseJob {
  result: Promise<BoundaryParse | null>
  cancel(): void
}

/** Vite bundles the worker as its own same-origin file (CSP `worker-src 'self'`, precached). */
const createWorker = () =>
  new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' })

const failed = (detail: string): BoundaryParse => ({
  ok: false,
  problem: { code: 'workerFailed', detail },
})

/**
 * Parses `file` in a fresh worker, so the main thread only receives small progress messages and
 * the checked result. A worker that cannot load, throws outside the parser or sends something
 * unreadable resolves with a `workerFailed` problem; it never rejects.
 */
export function parseInWorker(
  file: Blob,
  onProgress: (p: ParseProgress) => void,
  create: () => Worker = createWorker,
): ParseJob {
  let worker: Worker | null = null
  let settle: (r: BoundaryParse | null) => void = () => {}
  const result = new Promise<BoundaryParse | null>((resolve) => {
    settle = (r) => {
      worker?.terminate()
      worker = null
      settle = () => {}
      resolve(r)
    }
  })
  try {
    worker = create()
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const m = event.data
      if (m.kind === 'progress') onProgress(m.progress)
      else settle(m.result)
    }
    worker.onerror = (event: ErrorEvent) => {
      // Keep it from also reaching the console as an uncaught error: it is shown in the dialog.
      event.preventDefault()
      settle(failed(event.message || 'the worker could not be loaded'))
    }
    worker.onmessageerror = () => settle(failed('a message from the worker could not be read'))
    worker.postMessage(file)
  } catch (err) {
    settle(failed(err instanceof Error ? err.message : String(err)))
  }
  return { result, cancel: () => settle(null) }
}
