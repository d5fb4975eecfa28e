import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { PledgeData } from '../../src/types/pledge'
import { waitForMap } from './browser'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()
const data = JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as PledgeData
const r004 = data.reports.find((r) => r.id === 'r004')!

describe('report and period filter', () => {
  it('filters the map and the panel to one report, and keeps the filter after a reload', async () => {
    const watch = await app.open('#a=laoshan')
    const { page } = watch
    const panel = page.getByTestId('area-panel')
    const noData = () =>
      page.getByTestId('legend-bin-nodata').locator('.map-legend__count').textContent()
    const noDataBefore = await noData()
    // The stated three-year programme (总投资930亿元), not a sum with other figures.
    expect(await panel.getByTestId('headline-investment').textContent()).toContain('930亿元')
    // Quotes from more than one report (the panel lists pledges, each quote with its report).
    const reportsOfCards = () =>
      panel
        .locator('.figure-card')
        .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-report-id')))])
    expect((await reportsOfCards()).length).toBeGreaterThan(1)

    await page.getByTestId('pledge-filter').locator('summary').click()
    await page.getByTestId('filter-report').selectOption(r004.id)
    // 崂山's investment was pledged in 2022 only: in the 2023 report it has none.
    await expect
      .poll(() => panel.getByTestId('headline-investment').textContent())
      .toContain('未报道')
    expect(await reportsOfCards()).toEqual([r004.id])
    const [year, month] = r004.date.split('-').map(Number)
    expect(await panel.locator('.figure-card__source').first().textContent()).toContain(
      `${year}年${month}月`,
    )
    expect(await page.getByTestId('legend-filter-notice').textContent()).toContain(r004.date)
    expect(await noData()).not.toBe(noDataBefore)
    await expect.poll(() => page.url()).toContain('r=r004')

    await page.reload()
    await waitForMap(page)
    expect(await page.getByTestId('filter-report').inputValue()).toBe(r004.id)
    expect(await page.getByTestId('headline-investment').textContent()).toContain('未报道')
    await page.screenshot({ path: `${OUT}/filter-r004.png` })
    expectClean(watch)
  })

  it('counts this year’s slice on its own when the multi-year programme is filtered out', async () => {
    const watch = await app.open('#a=laoshan&h=year')
    const { page } = watch
    const figureIds = await page
      .getByTestId('headline-investment')
      .getByTestId('headline-source')
      .locator('[data-figure-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure-id')!))
    expect(figureIds.length).toBeGreaterThan(0)
    for (const id of figureIds) {
      const figure = data.figures.find((f) => f.id === id)!
      expect(['year', 'secondHalf']).toContain(figure.horizon.kind)
    }
    expectClean(watch)
  })
})

describe('coverage', () => {
  it('shows what was reported for every area, and sub-areas without adding them', async () => {
    const watch = await app.open()
    const { page } = watch
    await page.getByTestId('tab-coverage').click()
    const table = page.getByTestId('coverage-table')
    await table.waitFor()
    const rows = await table.locator('tbody tr').count()
    expect(rows).toBe(data.areas.length)
    const laixi = data.figures.filter((f) => f.areaId === 'laixi' && f.duplicateOf === null).length
    expect(
      await table.getByTestId('coverage-laixi').locator('.coverage__total').textContent(),
    ).toBe(String(laixi))
    await page.screenshot({ path: `${OUT}/coverage.png` })

    await page.getByTestId('search').fill('黄岛')
    await page.getByTestId('search').press('Enter')
    const cov = page.getByTestId('panel-coverage')
    await cov.waitFor()
    expect(await cov.getByTestId('coverage-child-qetdz').count()).toBe(1)
    expect(await cov.textContent()).toContain('不计入')
    expectClean(watch)
  })

  it('colours the map by the number of figures reported', async () => {
    const watch = await app.open('#m=cov')
    const { page } = watch
    expect(await page.getByTestId('metric-select').inputValue()).toBe('figureCount')
    // Every district is named in some report, so fewer districts lack a figure than for investment.
    const bins = await page.locator('[data-testid^="legend-bin-"]').count()
    expect(bins).toBeGreaterThan(1)
    expectClean(watch)
  })
})
