/**
 * Parses a planner's boundary file off the main thread (reading, JSON.parse and every check), so
 * that a large file never freezes the tab. One file per worker; the dialog terminates it to cancel.
 */
import { parseFile, type WorkerMessage } from './parseFile'

/** The two members of DedicatedWorkerGlobalScope used here (the app's types are the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<Blob>) => void) | null
  postMessage(message: WorkerMessage): void
}

const scope = self as unknown as WorkerScope
scope.onmessage = (event) => {
  void parseFile(event.data, (m) => scope.postMessage(m))
}
