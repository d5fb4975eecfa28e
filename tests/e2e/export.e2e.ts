import { readFileSync, writeFileSync } from 'node:fs'
import type { FeatureCollection, Geometry } from 'geojson'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { csvRecords } from '../../src/data/csv'
import type { ExportedAreaProperties } from '../../src/export/areasGeoJson'
import type { DrawnLabel } from '../../src/export/mapPngLayout'
import { headlinesFor } from '../../src/metrics/headlines'
import type { PledgeData } from '../../src/types/pledge'
import { openExportMenu, waitForMap } from './browser'
import { coloursIn, download } from './exports'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()
const data = JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as PledgeData
const headlines = headlinesFor(data)
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

/** What the export menu says it drew (ExportMenuPng's `data-layout`). */
interface LayoutSummary {
  width: number
  height: number
  title: string
  labels: DrawnLabel[]
  legend: { id: string; title: string; items: string[] }[]
  outlined: string | null
}

async function exportPng(page: Page, size: 'wide' | 'square', outline = false) {
  await openExportMenu(page)
  await page.getByTestId('export-png-size').selectOption(size)
  const box = page.getByTestId('export-png-outline')
  if (outline) await box.check()
  else expect(await box.isChecked()).toBe(false)
  const { name, bytes } = await download(page, 'export-png')
  const layout = JSON.parse(
    (await page.getByTestId('export-png-layout').getAttribute('data-layout')) ?? 'null',
  ) as LayoutSummary
  return { name, bytes, layout, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('PNG export', () => {
  it('exports 1920×1080 from a phone, with names, a zone legend and no selection outline', async () => {
    // On a phone the link frames 崂山区, with fewer than ten districts in view.
    const watch = await app.open('#a=laoshan', { ...PHONE, waitMap: false })
    const { page } = watch
    await waitForMap(page, 1)
    const png = await exportPng(page, 'wide')
    writeFileSync(`${OUT}/export-1920x1080-zh.png`, png.bytes)
    expect(png.name).toMatch(/^qingdao-pledge-map-investment-1920x1080-\d{4}-\d{2}-\d{2}\.png$/)
    expect([png.width, png.height]).toEqual([1920, 1080])
    expect([png.layout.width, png.layout.height]).toEqual([1920, 1080])
    const drawn = png.layout.labels.map((l) => l.text)
    expect(drawn).toContain('崂山区')
    expect(drawn).toContain('李沧区')
    expect(png.layout.labels.some((l) => l.kind === 'zone')).toBe(true)
    // 崂山区 is selected on the page, but the picture is not marked unless asked.
    expect(png.layout.outlined).toBeNull()
    const zones = png.layout.legend.find((b) => b.id === 'zones')
    expect(zones?.title).toContain('功能区')
    expect(zones?.items.length).toBeGreaterThanOrEqual(3)
    expect(png.layout.legend.find((b) => b.id === 'districts')?.items.join(' ')).toContain(
      '未报道数字',
    )
    expect(await coloursIn(page, png.bytes, { w: 1200, h: 800 })).toBeGreaterThan(20)

    // The square, marked on request.
    const square = await exportPng(page, 'square', true)
    expect([square.width, square.height]).toEqual([1080, 1080])
    expect(square.layout.outlined).toBe('laoshan')
    writeFileSync(`${OUT}/export-1080x1080-zh-marked.png`, square.bytes)
    expectClean(watch)
  })

  it('exports a 1080×1080 English picture with English names', async () => {
    const watch = await app.open('#l=en', PHONE)
    const { page } = watch
    const png = await exportPng(page, 'square')
    writeFileSync(`${OUT}/export-1080x1080-en.png`, png.bytes)
    expect([png.width, png.height]).toEqual([1080, 1080])
    const drawn = png.layout.labels.map((l) => l.text)
    expect(drawn).toContain('Laoshan')
    expect(png.layout.labels.some((l) => l.kind === 'zone')).toBe(true)
    expect(drawn.filter((t) => /[\u4e00-\u9fff]/.test(t))).toEqual([])
    expect(png.layout.legend.find((b) => b.id === 'zones')?.items).toContain('no figure reported')
    expect(await coloursIn(page, png.bytes, { w: 560, h: 800 })).toBeGreaterThan(20)
    expectClean(watch)
  })
})

describe('data exports', () => {
  it('folds the export tools into one button on a laptop, so they do not cover the map', async () => {
    const watch = await app.open('', { viewport: { width: 1366, height: 768 } })
    const { page } = watch
    const menu = page.getByTestId('export-menu')
    expect(await menu.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false)
    expect(await page.getByTestId('export-csv').isVisible()).toBe(false)
    const folded = (await menu.boundingBox())!
    expect(folded.height).toBeLessThan(48)
    await openExportMenu(page)
    expect(await page.getByTestId('export-csv').isVisible()).toBe(true)
    expectClean(watch)
  })

  it('exports the headline table: one row per area, with its headline and derived flag', async () => {
    const watch = await app.open()
    const { name, bytes } = await download(watch.page, 'export-csv-headlines')
    expect(name).toMatch(/^qingdao-pledges-headlines-\d{4}-\d{2}-\d{2}\.csv$/)
    const text = bytes.toString('utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = csvRecords(text.slice(1))
    expect(rows.map((r) => r.area_id).sort()).toEqual(data.areas.map((a) => a.id).sort())
    const row = (id: string) => rows.find((r) => r.area_id === id)!
    expect(row('laoshan')).toMatchObject({
      area_zh: '崂山区',
      level: 'district',
      investment_value: '930',
      investment_unit: '亿元',
      investment_period_start_year: '2022',
      investment_period_end_year: '2024',
      investment_period_as_written: '未来三年',
      investment_measure: 'portfolio',
      investment_derived: 'false',
      investment_figure_ids: headlines.laoshan!.investment!.figureIds.join(' '),
    })
    expect(row('laoshan').investment_outlet).not.toBe('')
    expect(row('marine-hitech')).toMatchObject({
      investment_as_written: '670多亿元',
      investment_derived: 'true',
    })
    // Every area with a headline says whether it is derived; an area without one is left empty.
    for (const r of rows) {
      const h = headlines[r.area_id ?? '']?.investment
      expect(r.investment_derived).toBe(h ? String(h.derived) : '')
    }
    expectClean(watch)
  })

  it('exports districts and zones as two GeoJSON files, one geometry type each', async () => {
    const watch = await app.open()
    const parse = (b: Buffer) =>
      JSON.parse(b.toString('utf8')) as FeatureCollection<Geometry, ExportedAreaProperties>
    const districts = await download(watch.page, 'export-geojson')
    const zones = await download(watch.page, 'export-geojson-zones')
    expect(districts.name).toMatch(/^qingdao-pledges-districts-investment-[\d-]+\.geojson$/)
    expect(zones.name).toMatch(/^qingdao-pledges-zones-investment-[\d-]+\.geojson$/)
    const d = parse(districts.bytes)
    const z = parse(zones.bytes)
    expect(d.features).toHaveLength(10)
    expect(new Set(d.features.map((f) => f.geometry.type.replace('Multi', '')))).toEqual(
      new Set(['Polygon']),
    )
    expect(new Set(z.features.map((f) => f.geometry.type))).toEqual(new Set(['Point']))
    expect(z.features.every((f) => f.properties.level === 'zone')).toBe(true)
    expect(z.features.find((f) => f.id === 'marine-hitech')?.properties).toMatchObject({
      investmentDerived: true,
      investmentFigureIds: headlines['marine-hitech']!.investment!.figureIds,
    })
    expect(z.features.some((f) => f.properties.footprint === 'schematic-circle')).toBe(true)
    expectClean(watch)
  })
})
