import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AREAS, DISTRICTS, ZONES } from '../../../src/data/areas'
import { DISTRICT_IDS } from '../../../src/types/geo'

const WEST_COAST_ZONES = [
  '青岛开发区',
  '董家口经济区',
  '中德生态园',
  '古镇口核心区',
  '灵山湾影视文化产业区',
  '海洋高新区',
  '现代农业示范区',
  '交通商务区',
  '唐岛湾金融科创区',
]

describe('area registry', () => {
  it('has the ten districts with the map ids', () => {
    expect(DISTRICTS.map((d) => d.id)).toEqual([...DISTRICT_IDS])
  })

  // The built file is committed: a missing file is a failure, not a skip.
  it('matches public/geo/districts.geojson', () => {
    const url = new URL('../../../public/geo/districts.geojson', import.meta.url)
    expect(existsSync(url), 'public/geo/districts.geojson (npm run build:geo)').toBe(true)
    const geo = JSON.parse(readFileSync(url, 'utf8')) as {
      features: { properties: { id: string } }[]
    }
    expect(geo.features.map((f) => f.properties.id).sort()).toEqual([...DISTRICT_IDS].sort())
  })

  it('has unique ids and unique aliases', () => {
    expect(new Set(AREAS.map((a) => a.id)).size).toBe(AREAS.length)
    const aliases = AREAS.flatMap((a) => a.aliases)
    expect(new Set(aliases).size).toBe(aliases.length)
  })

  it.each(WEST_COAST_ZONES)('has the West Coast zone %s in 黄岛区', (name) => {
    expect(ZONES.find((z) => z.nameZh === name)?.parentId).toBe('huangdao')
  })

  it.each([
    ['西海岸新区', 'huangdao'],
    ['灵山湾文化区', 'lingshanwan'],
    ['即墨市', 'jimo'],
    ['上合示范区', 'sco-demo-zone'],
    ['即墨国际陆港', 'jimo-inland-port'],
  ])('maps the alias %s to %s', (alias, id) => {
    expect(AREAS.find((a) => a.aliases.includes(alias))?.id).toBe(id)
  })

  it('places 上合示范区 in 胶州', () => {
    expect(ZONES.find((z) => z.id === 'sco-demo-zone')?.parentId).toBe('jiaozhou')
  })

  it('gives zones and streets a located, sourced point inside Qingdao and districts a null parent', () => {
    for (const a of AREAS) {
      if (a.level === 'district') {
        expect(a.parentId).toBeNull()
        continue
      }
      expect(DISTRICT_IDS as readonly string[]).toContain(a.parentId)
      expect(a.location?.source.length, a.id).toBeGreaterThan(5)
      expect(a.location?.lat).toBeGreaterThan(35.3)
      expect(a.location?.lat).toBeLessThan(37.2)
      expect(a.location?.lon).toBeGreaterThan(119.4)
      expect(a.location?.lon).toBeLessThan(121.1)
    }
  })
})
