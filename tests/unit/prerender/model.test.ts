import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseDistricts } from '../../../src/data/parseGeo'
import { parsePledges } from '../../../src/data/parsePledges'
import { prerenderModel } from '../../../src/prerender/model'
import { buildZoneSymbols } from '../../../src/scale/zoneSymbols'
import { GEO_URLS, useGeoStore } from '../../../src/stores/geo'
import { PLEDGES_URL, usePledgeStore } from '../../../src/stores/pledges'
import { useViewStore } from '../../../src/stores/view'
import { GEO_TEXT, PLEDGES_TEXT } from './files'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

function model() {
  const districts = parseDistricts(JSON.parse(GEO_TEXT))
  const data = parsePledges(JSON.parse(PLEDGES_TEXT))
  if (!districts.ok || !data.ok) throw new Error('data files do not parse')
  return prerenderModel(districts.value, data.value)
}

/** The stores as the app fills them from the same two files. */
async function stores() {
  const bodies: Record<string, string> = {
    [GEO_URLS.districts]: GEO_TEXT,
    [PLEDGES_URL]: PLEDGES_TEXT,
  }
  vi.stubGlobal('fetch', async (url: string) =>
    url in bodies ? new Response(bodies[url]) : new Response('', { status: 404 }),
  )
  const geo = useGeoStore()
  const pledges = usePledgeStore()
  await Promise.all([geo.load(), pledges.load()])
  return useViewStore()
}

describe('prerenderModel', () => {
  it('has the classes and colours the view store gives the default view', async () => {
    const view = await stores()
    expect(model().choropleth).toEqual(view.districtChoropleth)
  })

  it('sizes the zone circles as the app does', async () => {
    const view = await stores()
    expect(model().symbols).toEqual(buildZoneSymbols(view.zoneChoropleth.values))
  })

  it('words the legend in Chinese with every district class and the no-figure entry', () => {
    const legend = model().legend
    expect(legend.lang).toBe('zh')
    expect(legend.metric).toBe('investment')
    const labels = legend.districts.entries.map((e) => e.label)
    expect(labels).toContain('未报道数字')
    expect(legend.zones?.circles.length).toBeGreaterThan(0)
  })
})
