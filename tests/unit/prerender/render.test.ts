import { describe, expect, it } from 'vitest'
import { parseDistricts } from '../../../src/data/parseGeo'
import { parsePledges } from '../../../src/data/parsePledges'
import { prerenderFiles, renderPrerender } from '../../../src/prerender/render'
import { DISTRICT_IDS } from '../../../src/types/geo'
import { GEO_TEXT, PLEDGES_TEXT } from './files'

const page = () => prerenderFiles(JSON.parse(GEO_TEXT), JSON.parse(PLEDGES_TEXT))
const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1])

describe('renderPrerender', () => {
  it('draws one path per district, filled with a legend colour or the no-figure hatch', () => {
    const { html } = page()
    expect(all(html, /<path d="[^"]+" fill="[^"]+" data-area-id="([^"]+)"/g).sort()).toEqual(
      [...DISTRICT_IDS].sort(),
    )
    const fills = all(html, /fill="([^"]+)" data-area-id=/g)
    const legend = all(
      html,
      /<li data-bin="\d+"><svg[^>]*><rect width="1" height="1" fill="([^"]+)"/g,
    )
    expect(legend.length).toBeGreaterThanOrEqual(2)
    for (const fill of fills) expect([...legend, 'url(#pr-hatch)']).toContain(fill)
    expect(html).toContain('<li data-bin="-1">')
  })

  it('labels each district at its label point in both languages, and draws the zones', () => {
    const { html } = page()
    expect(all(html, /data-label-for="([^"]+)"/g).sort()).toEqual([...DISTRICT_IDS].sort())
    expect(html).toMatch(
      /<tspan class="pr-label-zh">崂山区<\/tspan><tspan class="pr-label-en" x="[\d.]+%" dy="1.1em" lang="en">Laoshan<\/tspan>/,
    )
    expect(all(html, /data-zone-id="([^"]+)"/g).length).toBeGreaterThan(3)
  })

  it('has the bilingual title, the legend, and a note for a browser without JavaScript', () => {
    const { html } = page()
    expect(html).toContain(
      '青岛承诺地图 <span class="pr-title-en" lang="en">Qingdao Pledge Map</span>',
    )
    expect(html).toContain('data-testid="prerender-legend"')
    expect(html).toContain('承诺项目总投资')
    expect(html).toContain('未报道数字')
    expect(html).toMatch(/<noscript>.*JavaScript.*<\/noscript>/)
  })

  it('is markup only: no script, style or event handler (the CSP allows none inline)', () => {
    const { html } = page()
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i)
  })

  it('escapes names from the data', () => {
    const geo = parseDistricts(JSON.parse(GEO_TEXT))
    const data = parsePledges(JSON.parse(PLEDGES_TEXT))
    if (!geo.ok || !data.ok) throw new Error('data files do not parse')
    const [first, ...rest] = geo.value.features
    const hostile = {
      ...first!,
      properties: { ...first!.properties, nameZh: '<img src=x onerror=alert(1)>' },
    }
    const { html } = renderPrerender({
      districts: { ...geo.value, features: [hostile, ...rest] },
      data: data.value,
    })
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })

  it('gives the aspect of Qingdao’s projected bounds, taller than wide', () => {
    const { aspect } = page()
    expect(aspect).toBeGreaterThan(0.8)
    expect(aspect).toBeLessThan(1.1)
  })

  it('fails on a data file the app would refuse', () => {
    expect(() => prerenderFiles({ type: 'FeatureCollection', features: [] }, {})).toThrow(
      /districts.geojson/,
    )
  })
})
