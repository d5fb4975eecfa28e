import { describe, expect, it } from 'vitest'
import { fileProblemMessage, type Formatter } from '../../../src/boundaries/messages'
import {
  LIMITS,
  parseBoundaries,
  type BoundaryParse,
  type FileProblem,
} from '../../../src/boundaries/parseBoundaries'
import { parseFile, type WorkerMessage } from '../../../src/boundaries/parseFile'
import { parseInWorker } from '../../../src/boundaries/parseInWorker'
import { i18n, type Locale } from '../../../src/i18n'

const ring = [
  [120.1, 36.1],
  [120.2, 36.1],
  [120.2, 36.2],
  [120.1, 36.2],
  [120.1, 36.1],
]
const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features })
const polygon = (i: number) => ({
  type: 'Feature',
  properties: { name: `f${i}` },
  geometry: { type: 'Polygon', coordinates: [ring] },
})
const bare = { type: 'Feature', properties: {}, geometry: null }
const parse = (text: string) => parseBoundaries(text, text.length)

describe('the feature cap', () => {
  it(`accepts ${LIMITS.features} features`, () => {
    const r = parse(fc(Array.from({ length: LIMITS.features }, (_, i) => polygon(i))))
    expect(r.ok && r.features.length).toBe(LIMITS.features)
  })
  it.each([
    ['one more than the cap', LIMITS.features + 1],
    ['12,000 small polygons', 12_000],
  ])('refuses %s, naming the count and the cap', (_, count) => {
    const r = parse(fc(Array.from({ length: count }, (_, i) => polygon(i))))
    expect(r.ok ? null : r.problem).toEqual({
      code: 'tooManyFeatures',
      count,
      limit: LIMITS.features,
    })
  })
  it('refuses 74,000 features without geometry before checking any of them', () => {
    const checked: number[] = []
    const text = fc(Array.from({ length: 74_000 }, () => bare))
    const r = parseBoundaries(text, text.length, (done) => checked.push(done))
    expect(r.ok ? null : r.problem).toMatchObject({ code: 'tooManyFeatures', count: 74_000 })
    expect(checked).toEqual([])
  })
})

describe('a crafted geometry type', () => {
  // String() of an object whose own toString is not a function throws a TypeError; the old
  // parser did that and the dialog stayed empty.
  it.each([
    ['an object with toString: 1', { toString: 1 }],
    ['an object with toString and valueOf', { toString: 1, valueOf: 1 }],
    ['null', null],
    ['a number', 7],
  ])('%s is refused as a feature, not thrown', (_, type) => {
    const r = parse(
      fc([{ type: 'Feature', properties: { name: 'x' }, geometry: { type, coordinates: [] } }]),
    )
    expect(r).toMatchObject({ ok: true, refused: [{ feature: 'x', code: 'geometryType' }] })
  })
})

async function run(blob: Blob, parser?: typeof parseBoundaries) {
  const messages: WorkerMessage[] = []
  await parseFile(blob, (m) => messages.push(m), parser)
  return messages
}
const resultOf = (messages: WorkerMessage[]): BoundaryParse | undefined =>
  messages.flatMap((m) => (m.kind === 'result' ? [m.result] : []))[0]

describe('the worker core (parseFile)', () => {
  it('reports bytes read, then features checked, then exactly one result', async () => {
    const text = fc(Array.from({ length: 25 }, (_, i) => polygon(i)))
    const messages = await run(new Blob([text]))
    const stages = messages.map((m) => (m.kind === 'progress' ? m.progress.stage : m.kind))
    expect(stages.at(-1)).toBe('result')
    expect(stages.filter((s) => s === 'result')).toHaveLength(1)
    expect(stages.indexOf('read')).toBeLessThan(stages.indexOf('check'))
    const progress = messages.flatMap((m) => (m.kind === 'progress' ? [m.progress] : []))
    expect(progress.filter((p) => p.stage === 'read').at(-1)).toEqual({
      stage: 'read',
      done: new TextEncoder().encode(text).length,
      total: new TextEncoder().encode(text).length,
    })
    expect(progress.filter((p) => p.stage === 'check').map((p) => p.done)).toEqual([0, 10, 20, 25])
    expect(resultOf(messages)).toMatchObject({ ok: true })
  })
  it('refuses an oversized file without reading it', async () => {
    const blob = new Blob([new Uint8Array(LIMITS.bytes + 1)])
    const messages = await run(blob)
    expect(messages.filter((m) => m.kind === 'progress')).toEqual([])
    expect(resultOf(messages)).toMatchObject({ ok: false, problem: { code: 'tooLarge' } })
  })
  it('turns a parser exception into a problem', async () => {
    const throwing = () => {
      throw new TypeError('Cannot convert object to primitive value')
    }
    expect(resultOf(await run(new Blob(['{}']), throwing))).toEqual({
      ok: false,
      problem: { code: 'crashed', detail: 'Cannot convert object to primitive value' },
    })
  })
  it('turns a read failure into a problem', async () => {
    const blob = new Blob(['{}'])
    blob.stream = () =>
      new ReadableStream({ pull: (c) => c.error(new DOMException('gone', 'NotReadableError')) })
    expect(resultOf(await run(blob))).toEqual({
      ok: false,
      problem: { code: 'readFailed', detail: 'gone' },
    })
  })
})

/** A stand-in for the browser's Worker: records what happens, lets the test fire events. */
class FakeWorker {
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null = null
  onerror: ((e: ErrorEvent) => void) | null = null
  onmessageerror: (() => void) | null = null
  terminated = false
  posted: unknown[] = []
  postMessage(m: unknown) {
    this.posted.push(m)
  }
  terminate() {
    this.terminated = true
  }
}
const start = (worker: FakeWorker | (() => never)) =>
  parseInWorker(
    new Blob(['{}']),
    () => {},
    typeof worker === 'function' ? worker : () => worker as unknown as Worker,
  )

// Node has no ErrorEvent; the two members read are enough.
const errorEvent = (message: string) => ({ message, preventDefault() {} }) as unknown as ErrorEvent

describe('parseInWorker', () => {
  it('resolves with the worker result and terminates it', async () => {
    const w = new FakeWorker()
    const job = start(w)
    const result: BoundaryParse = { ok: false, problem: { code: 'noFeatures' } }
    w.onmessage?.(new MessageEvent('message', { data: { kind: 'result', result } }))
    expect(await job.result).toEqual(result)
    expect(w.terminated).toBe(true)
  })
  it('cancel terminates the worker and resolves null', async () => {
    const w = new FakeWorker()
    const job = start(w)
    job.cancel()
    expect(await job.result).toBeNull()
    expect(w.terminated).toBe(true)
  })
  it.each([
    [
      'an error event',
      (w: FakeWorker) => w.onerror?.(errorEvent('SyntaxError: x')),
      'SyntaxError: x',
    ],
    [
      'an error event without a message (a worker file that fails to load)',
      (w: FakeWorker) => w.onerror?.(errorEvent('')),
      'the worker could not be loaded',
    ],
    [
      'a message error',
      (w: FakeWorker) => w.onmessageerror?.(),
      'a message from the worker could not be read',
    ],
  ])('turns %s into workerFailed', async (_, fire, detail) => {
    const w = new FakeWorker()
    const job = start(w)
    fire(w)
    expect(await job.result).toEqual({ ok: false, problem: { code: 'workerFailed', detail } })
  })
  it('turns a worker that cannot be created into workerFailed', async () => {
    const job = start(() => {
      throw new DOMException('blocked by CSP', 'SecurityError')
    })
    expect(await job.result).toEqual({
      ok: false,
      problem: { code: 'workerFailed', detail: 'blocked by CSP' },
    })
  })
})

const PROBLEMS: FileProblem[] = [
  { code: 'tooLarge', bytes: 6 * 1024 * 1024, limit: LIMITS.bytes },
  { code: 'notJson', detail: 'Unexpected token' },
  { code: 'notGeoJson', type: 'Topology' },
  { code: 'noFeatures' },
  { code: 'tooManyFeatures', count: 12_000, limit: LIMITS.features },
  { code: 'tooManyVertices', count: 60_001, limit: LIMITS.vertices },
  { code: 'readFailed', detail: 'NotReadableError' },
  { code: 'crashed', detail: 'Cannot convert object to primitive value' },
  { code: 'workerFailed', detail: 'the worker could not be loaded' },
]
function formatter(locale: Locale): Formatter {
  i18n.global.locale.value = locale
  return {
    t: (key, params) => i18n.global.t(key, params),
    n: (value, format) => i18n.global.n(value, format),
  }
}

describe('fileProblemMessage', () => {
  it.each(PROBLEMS.flatMap((p) => (['zh', 'en'] as const).map((l) => [p.code, l, p] as const)))(
    '%s has its own %s message with its figures',
    (code, locale, p) => {
      const text = fileProblemMessage(p, formatter(locale))
      expect(text).not.toContain('planner.boundaries')
      expect(text).not.toMatch(/\{\w+\}/)
      if ('detail' in p) expect(text).toContain(p.detail)
      if (code === 'tooManyFeatures') expect(text).toMatch(/12,000.*50/)
    },
  )
  it('keeps a hostile detail as plain text', () => {
    const detail = '<img src=x onerror=alert(1)> {evil} @:planner.boundaries.title'
    const text = fileProblemMessage({ code: 'crashed', detail }, formatter('en'))
    expect(text).toContain(detail)
  })
})
