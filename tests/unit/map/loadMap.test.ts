import { describe, expect, it, vi } from 'vitest'

const state = vi.hoisted(() => ({ imported: false }))
// Stands in for the createMap chunk (MapLibre): records when it is evaluated.
vi.mock('../../../src/map/createMap', () => {
  state.imported = true
  return { createMap: () => null }
})

describe('loadPledgeMap', () => {
  it('evaluates the createMap chunk only once the static map is selectable', async () => {
    const { loadPledgeMap, markSelectReady } = await import('../../../src/map/loadMap')
    const loading = loadPledgeMap()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(state.imported).toBe(false)
    markSelectReady()
    await loading
    expect(state.imported).toBe(true)
    // One download for every caller, and one mark however often it is called.
    expect(loadPledgeMap()).toBe(loading)
    markSelectReady()
    expect(performance.getEntriesByName('select-ready')).toHaveLength(1)
  })
})
