import { describe, expect, it } from 'vitest'
import { buildReport, collectNotes, metricRows } from '../../../bench/report'
import type { LoadSample, PageKind } from '../../../bench/types'

function load(page: PageKind, run: number, over: Partial<LoadSample> = {}): LoadSample {
  return {
    page,
    run,
    paintMs: 500 + run * 100,
    paintSource: 'mark',
    fcpMs: 450 + run * 100,
    prerender: null,
    selectReadyMs: null,
    panelOpenedMs: null,
    selectAttempts: null,
    selectTarget: null,
    selectHandledMs: null,
    selectReadyMarkMs: null,
    interactiveMs: 900 + run * 100,
    initialBytes: 400_000,
    dataBytes: 30_000,
    totalBytes: 410_000,
    offlineCacheBytes: 0,
    heapBytes: 5_000_000,
    metricSwitchMs: [],
    selectToPanelMs: [],
    mapSelectToPanelMs: [],
    notes: [],
    ...over,
  }
}

const context = {
  generatedAt: '2026-01-01T00:00:00.000Z',
  runsPerPage: 3,
  chromium: 'Chromium 1',
  node: 'v20',
  cpus: 2,
  peerValuesSource: 'test',
  gzipLevel: 9,
}

describe('metricRows', () => {
  it('gives app / peer ratios of the medians', () => {
    const samples = [0, 1, 2].flatMap((run) => [
      load('app', run),
      load('peer-core', run, { paintMs: 1200, interactiveMs: 1000 + run * 100 }),
    ])
    const paint = metricRows(samples).find((r) => r.key === 'paintMs')
    expect(paint?.byPage.app?.median).toBe(600)
    expect(paint?.ratios['peer-core']).toBe(0.5)
  })

  it("compares every page's first contentful paint, the browser's own measure of each", () => {
    const samples = [0, 1, 2].flatMap((run) => [
      load('app', run, { fcpMs: 400 }),
      load('peer-core', run, { fcpMs: 800 }),
    ])
    const fcp = metricRows(samples).find((r) => r.key === 'fcpMs')
    expect(fcp?.byPage['peer-core']?.median).toBe(800)
    expect(fcp?.ratios['peer-core']).toBe(0.5)
  })

  it('pools the metric switches of all loads into one distribution, for the app only', () => {
    const samples = [
      load('app', 0, { metricSwitchMs: [10, 30] }),
      load('app', 1, { metricSwitchMs: [20] }),
      load('peer-core', 0),
    ]
    const row = metricRows(samples).find((r) => r.key === 'metricSwitchMs')
    expect(row?.byPage.app?.n).toBe(3)
    expect(row?.byPage.app?.median).toBe(20)
    expect(row?.byPage['peer-core']).toBeUndefined()
    expect(row?.ratios).toEqual({})
  })

  it("divides the app's select-ready by the peer's interactive: when each first answers a click", () => {
    const samples = [
      load('app', 0, { selectReadyMs: 300, interactiveMs: 4000 }),
      load('peer-core', 0, { interactiveMs: 600 }),
    ]
    const row = metricRows(samples).find((r) => r.key === 'selectReadyMs')
    expect(row?.byPage.app?.median).toBe(300)
    expect(row?.byPage['peer-core']).toBeUndefined()
    expect(row?.peerCell).toBe('n/a (no panel)')
    expect(row?.ratios['peer-core']).toBe(0.5)
  })

  it('pools the selections of all loads, with their p90', () => {
    const samples = [
      load('app', 0, { selectToPanelMs: [10, 20, 30] }),
      load('app', 1, { selectToPanelMs: [40, 50] }),
    ]
    const row = metricRows(samples).find((r) => r.key === 'selectToPanelMs')
    expect(row?.tail).toBe(true)
    expect(row?.byPage.app).toMatchObject({ n: 5, median: 30, p90: 46 })
  })

  it('leaves a ratio null when the app never gave the mark', () => {
    const samples = [load('app', 0, { paintMs: null }), load('peer-core', 0)]
    expect(metricRows(samples).find((r) => r.key === 'paintMs')?.ratios['peer-core']).toBeNull()
  })
})

describe('collectNotes', () => {
  it('counts each distinct note once per load', () => {
    const samples = [
      load('app', 0, { notes: ["no 'map-interactive' mark", "no 'map-interactive' mark"] }),
      load('app', 1, { notes: ["no 'map-interactive' mark"] }),
    ]
    expect(collectNotes(samples)).toEqual([
      { page: 'app', note: "no 'map-interactive' mark", loads: 2 },
    ])
  })
})

describe('buildReport', () => {
  it('checks the budgets against the reference peer', () => {
    const samples = [
      load('app', 0, {
        paintMs: 200,
        fcpMs: 200,
        selectReadyMs: 900,
        initialBytes: 190_000,
        metricSwitchMs: [10, 12, 60],
        selectToPanelMs: [30],
        heapBytes: 9_000_000,
      }),
      // The peer's mark is early, its chart reaches the screen at its first contentful paint.
      load('peer-core', 0, { paintMs: 300, fcpMs: 500, interactiveMs: 1000 }),
    ]
    const report = buildReport(context, samples, [])
    expect(report.budgets.map((b) => b.status)).toEqual([
      'met',
      'met',
      'met',
      'met',
      'not met',
      'met',
      'not met',
    ])
  })

  it('gives n/a, not a failure, for the budgets the app has no signal for yet', () => {
    const samples = [load('app', 0), load('peer-core', 0)]
    const status = buildReport(context, samples, []).budgets.map((b) => b.status)
    expect(status[1]).toBe('n/a')
    expect(status[3]).toBe('n/a')
    expect(status[5]).toBe('n/a')
  })
})
