import { describe, expect, it } from 'vitest'
import { exportFileName } from '../../../src/export/fileName'

const day = new Date(2026, 10, 23, 15, 0)

describe('exportFileName', () => {
  it.each([
    ['figures', [], 'qingdao-pledges-figures-2026-11-23.csv'],
    ['areas', ['investment'], 'qingdao-pledges-areas-investment-2026-11-23.geojson'],
    ['map', ['investmentPerKm2'], 'qingdao-pledge-map-investment-per-km2-2026-11-23.png'],
    ['figures', ['report r000', ''], 'qingdao-pledges-figures-report-r000-2026-11-23.csv'],
    ['headlines', [], 'qingdao-pledges-headlines-2026-11-23.csv'],
    ['districts', ['investment'], 'qingdao-pledges-districts-investment-2026-11-23.geojson'],
    ['zones', ['projects'], 'qingdao-pledges-zones-projects-2026-11-23.geojson'],
    ['map', ['investment', '1920x1080'], 'qingdao-pledge-map-investment-1920x1080-2026-11-23.png'],
  ] as const)('names a %s export by what and when', (kind, parts, name) => {
    expect(exportFileName(kind, day, parts)).toBe(name)
  })
})
