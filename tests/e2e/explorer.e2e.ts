import { readFileSync } from 'node:fs'
import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { PledgeData } from '../../src/types/pledge'
import { waitForMap } from './browser'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()
const data = JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as PledgeData
const reportOfFigure = (id: string) => {
  const f = data.figures.find((x) => x.id === id)!
  return data.reports.find((r) => r.id === f.reportId)!
}

/** The figure ids a headline card's source buttons point to. */
const sourceIds = (headline: Locator) =>
  headline
    .getByTestId('headline-source')
    .locator('[data-figure-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure-id')!))

describe('explorer', () => {
  it('selects an area from the list, shows its panel with quotes, and writes the zh screenshot', async () => {
    const watch = await app.open()
    const { page } = watch
    await page.getByTestId('area-row-laoshan').click()
    const panel = page.getByTestId('area-panel')
    await expect.poll(() => panel.locator('h2').textContent()).toContain('崂山区')
    // Headline investment with the figure ids it comes from.
    const headline = panel.getByTestId('headline-investment')
    expect(await headline.textContent()).toMatch(/亿元/)
    const fromIds = await sourceIds(headline)
    expect(fromIds.length).toBeGreaterThan(0)
    // Every figure card quotes its sentence with the number highlighted inside it.
    const cards = panel.locator('.figure-card')
    expect(await cards.count()).toBeGreaterThan(5)
    for (const id of fromIds) {
      const card = panel.getByTestId(`figure-${id}`)
      const quote = await card.locator('blockquote').textContent()
      const number = await card.locator('mark').textContent()
      expect(quote).toContain(number)
      expect(number).toMatch(/\d/)
    }
    // The map marks the selection and the live region announces it.
    expect(
      await page.locator('.map-label[data-area-id="laoshan"]').getAttribute('aria-pressed'),
    ).toBe('true')
    expect(await page.getByTestId('live-region').textContent()).toContain('崂山区')
    expect(page.url()).toContain('a=laoshan')
    await page.screenshot({ path: `${OUT}/explorer-desktop-zh.png` })
    // The README shows this view.
    await page.screenshot({ path: 'docs/screenshot.png' })
    expectClean(watch)
  })

  it('opens the report reader with the passage highlighted and in view', async () => {
    const watch = await app.open('#a=laoshan')
    const { page } = watch
    const firstCard = page.locator('.figure-card').first()
    const number = await firstCard.locator('mark').textContent()
    await firstCard.getByRole('button').click()
    const reader = page.getByTestId('report-reader')
    await reader.waitFor()
    const marked = reader.locator('mark.reader__number')
    await expect.poll(() => marked.textContent()).toBe(number)
    await expect.poll(() => marked.isVisible()).toBe(true)
    const body = await reader.locator('.reader__body').boundingBox()
    const mark = await marked.boundingBox()
    expect(mark!.y).toBeGreaterThanOrEqual(body!.y)
    expect(mark!.y).toBeLessThanOrEqual(body!.y + body!.height)
    await page.keyboard.press('Escape')
    await expect.poll(() => reader.count()).toBe(0)
    expectClean(watch)
  })

  it('selects a zone, not its district, when the zone marker is clicked', async () => {
    const watch = await app.open('#v=120.0900,36.0500,11.00', { waitMap: false })
    const { page } = watch
    await waitForMap(page, 1)
    // At this view the 中德生态园 marker sits at the centre of the map.
    const box = (await page.getByTestId('map').boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    const panel = page.getByTestId('area-panel')
    await expect.poll(() => panel.locator('h2').textContent()).toContain('中德生态园')
    expect(await panel.getByTestId('crumb-huangdao').textContent()).toContain('西海岸新区')
    await panel.getByTestId('crumb-huangdao').click()
    await expect.poll(() => panel.locator('h2').textContent()).toContain('黄岛区')
    expectClean(watch)
  })

  it('filters the map and the list to a legend class', async () => {
    const watch = await app.open()
    const { page } = watch
    const rowsBefore = await page.locator('tbody tr').count()
    await page.getByTestId('legend-bin-nodata').click()
    expect(await page.getByTestId('legend-bin-nodata').getAttribute('aria-pressed')).toBe('true')
    // Only districts without a figure stay in the list (zones stay listed), and the others fade.
    const districtRows = page.locator('tbody tr:not(.is-zone)')
    await expect.poll(() => page.locator('tbody tr').count()).toBeLessThan(rowsBefore)
    const cells = await districtRows.locator('td:first-of-type').allTextContents()
    cells.forEach((c) => expect(c).toContain('–'))
    expect(
      await page.locator('.map-label[data-area-id="laoshan"]').getAttribute('class'),
    ).toContain('is-faded')
    await page.getByTestId('legend-bin-nodata').click()
    await expect.poll(() => page.locator('tbody tr').count()).toBe(rowsBefore)
    expectClean(watch)
  })

  it('restores exactly what a shared link shows, and survives back/forward', async () => {
    const hash = '#a=pingdu&m=prj&c=q3&z=0&l=en'
    const watch = await app.open(hash)
    const { page } = watch
    expect(await page.getByTestId('metric-select').inputValue()).toBe('projects')
    expect(await page.getByTestId('method-select').inputValue()).toBe('quantile')
    expect(await page.getByTestId('zones-toggle').isChecked()).toBe(false)
    expect(await page.getByTestId('area-panel').locator('h2').textContent()).toContain('Pingdu')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.getByTestId('crumb-all').click()
    await page.getByTestId('area-row-laoshan').click()
    await expect.poll(() => page.url()).toContain('a=laoshan')
    await page.goBack()
    await expect.poll(() => page.url()).not.toContain('a=laoshan')
    await page.goBack()
    await expect
      .poll(() => page.getByTestId('area-panel').locator('h2').textContent())
      .toContain('Pingdu')
    expectClean(watch)
  })

  it('opens an unknown area id with a clear message and keeps working', async () => {
    const watch = await app.open('#a=atlantis&m=inv')
    const { page } = watch
    expect(await page.getByTestId('url-notice').textContent()).toContain('a=atlantis')
    await page.getByTestId('area-row-laoshan').click()
    await expect.poll(() => page.getByTestId('area-panel').count()).toBe(1)
    expectClean(watch)
  })

  it('switches language, and searches by alias in either script', async () => {
    const watch = await app.open('#a=laoshan')
    const { page } = watch
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.getByTestId('headline-investment').textContent()).toContain('CNY')
    expect(await page.getByTestId('legend').textContent()).toContain('Pledged investment')
    // Quotes stay in Chinese, with an English gloss beside them.
    const card = page.locator('.figure-card').first()
    expect(await card.locator('blockquote').getAttribute('lang')).toBe('zh')
    expect(await card.locator('.figure-card__gloss').textContent()).toMatch(/[a-z]/)
    expect(page.url()).toContain('l=en')
    await page.screenshot({ path: `${OUT}/explorer-desktop-en.png` })
    for (const [query, id] of [
      ['西海岸', 'huangdao'],
      ['开发区', 'qetdz'],
      ['Laoshan', 'laoshan'],
    ] as const) {
      await page.getByTestId('search').fill(query)
      await page.getByTestId('search').press('Enter')
      await expect.poll(() => page.url()).toContain(`a=${id}`)
    }
    expectClean(watch)
  })

  it('shows the tooltip with value and rank on keyboard focus, not only on hover', async () => {
    const watch = await app.open()
    const { page } = watch
    await page.locator('.map-label[data-area-id="laoshan"]').focus()
    const tip = page.getByTestId('tooltip')
    await tip.waitFor()
    expect(await tip.textContent()).toMatch(/崂山区[\s\S]*亿元[\s\S]*排名/)
    expectClean(watch)
  })

  it('fits a 360 px phone: bottom sheet, no horizontal scrolling', async () => {
    const watch = await app.open('', {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    })
    const { page } = watch
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
    expect(await overflow()).toBe(0)
    // The legend starts as one compact row so the map stays visible, and opens with a tap.
    expect(await page.getByTestId('legend').isVisible()).toBe(false)
    await page.getByTestId('legend-compact').tap()
    expect(await page.getByTestId('legend').isVisible()).toBe(true)
    await page.getByTestId('legend-toggle').tap()
    await page.locator('.map-label[data-area-id="laoshan"]').tap()
    const sheet = page.getByTestId('side-panel')
    await expect.poll(() => sheet.getAttribute('class')).toContain('is-open')
    await expect.poll(() => page.getByTestId('area-panel').locator('h2').isVisible()).toBe(true)
    const box = (await sheet.boundingBox())!
    expect(box.x).toBe(0)
    expect(box.width).toBe(360)
    expect(await overflow()).toBe(0)
    await page.screenshot({ path: `${OUT}/explorer-phone.png` })
    expectClean(watch)
  })
})

describe('headlines say what they are', () => {
  it('shows a derived sum as written, labelled, with its parts, source and period', async () => {
    const watch = await app.open('#a=marine-hitech')
    const { page } = watch
    const headline = page.getByTestId('headline-investment')
    expect(await headline.locator('.headline__value').textContent()).toContain('670多亿元')
    expect(await headline.getByTestId('headline-derived').textContent()).toContain('合计值')
    const parts = (await headline.getByTestId('headline-parts').textContent())!
    expect(parts).toContain('290多')
    expect(parts).toContain('380')
    expect(await headline.getByTestId('headline-period').textContent()).toContain('未注明期限')
    const ids = await sourceIds(headline)
    expect(ids).toHaveLength(2)
    const report = reportOfFigure(ids[0]!)
    const source = (await headline.getByTestId('headline-source').textContent())!
    expect(source).toContain(report.outlet)
    // Approximate dates are given to the month, as everywhere else (2022年10月).
    const [year, month] = report.date.split('-').map(Number)
    expect(source).toContain(`${year}年${month}月`)
    // The count is a sum of the same two lists, and says so too.
    const projects = page.getByTestId('headline-projects')
    expect(await projects.locator('.headline__value').textContent()).toContain('39多个')
    expect(await projects.getByTestId('headline-derived').count()).toBe(1)
    // The normalised list, the legend and the table carry the label along.
    expect(await page.getByTestId('normalised-investment').textContent()).toContain('合计值')
    expect(await page.getByTestId('legend-derived').textContent()).toContain('海洋高新区')
    expect(await page.getByTestId('legend-compared').textContent()).toContain('期限不同')
    await page.screenshot({ path: `${OUT}/headline-derived-zh.png` })
    // The tooltip: value as written, its period on a line of its own, and the label.
    await page.locator('.map-label[data-area-id="marine-hitech"]').focus()
    const tip = page.getByTestId('tooltip')
    await tip.waitFor()
    expect(await tip.textContent()).toMatch(/670多亿元[\s\S]*未注明期限[\s\S]*合计值/)
    expect(await tip.getByTestId('tooltip-period').textContent()).toContain('2022年10月')
    expectClean(watch)
  })

  it('shows 崂山’s stated programme with its period, the figure beside it, and no sum', async () => {
    const watch = await app.open('#a=laoshan')
    const { page } = watch
    const headline = page.getByTestId('headline-investment')
    expect(await headline.locator('.headline__value').textContent()).toContain('930亿元')
    expect(await headline.getByTestId('headline-period').textContent()).toContain('2022—2024年')
    expect(await headline.getByTestId('headline-derived').count()).toBe(0)
    const also = (await headline.getByTestId('headline-also').textContent())!
    expect(also).toContain('另见')
    expect(also).toContain('57亿元')
    // The old sum of 930 + 550 is nowhere, in either language.
    expect(await page.locator('body').textContent()).not.toMatch(/1,?480/)
    await page.getByRole('button', { name: 'English' }).click()
    await expect
      .poll(() => headline.locator('.headline__value').textContent())
      .toContain('CNY 93 bn')
    expect(await headline.getByTestId('headline-period').textContent()).toContain('2022–2024')
    expect(await page.locator('body').textContent()).not.toMatch(/148(\.0)? bn|1,?480/)
    await page.screenshot({ path: `${OUT}/headline-laoshan-en.png` })
    expectClean(watch)
  })

  it('scrolls to the figure a headline comes from without changing the link', async () => {
    const watch = await app.open('#a=laoshan')
    const { page } = watch
    const hash = await page.evaluate(() => location.hash)
    const headline = page.getByTestId('headline-investment')
    const [id] = await sourceIds(headline)
    const card = page.getByTestId(`figure-${id}`)
    const body = page.locator('.explorer__panel-body')
    const inView = async () => {
      const b = (await body.boundingBox())!
      const c = (await card.boundingBox())!
      return c.y >= b.y - 1 && c.y < b.y + b.height
    }
    expect(await inView()).toBe(false)
    await headline.getByTestId('headline-source').locator(`[data-figure-id="${id}"]`).click()
    // Smooth scrolling over a long list takes about a second.
    await expect.poll(inView).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-figure-id'))).toBe(
      id,
    )
    expect(await page.evaluate(() => location.hash)).toBe(hash)
    expect(await page.getByTestId('area-panel').locator('h2').textContent()).toContain('崂山区')
    expect(await page.getByTestId('url-notice').count()).toBe(0)
    expectClean(watch)
  })

  it('lists every area with its period and qualified values, fitting a 1366 px screen', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const watch = await app.open(`#l=${lang}`, { viewport: { width: 1366, height: 768 } })
      const { page } = watch
      const table = page.getByTestId('area-table')
      expect(await table.getByTestId('period-header').textContent()).toContain(
        lang === 'zh' ? '期限' : 'Period',
      )
      const row = (id: string) => table.locator('tr', { has: page.getByTestId(`area-row-${id}`) })
      const period = (id: string) => row(id).locator('td.area-table__period').textContent()
      expect(await period('laoshan')).toContain(lang === 'zh' ? '2022—2024年' : '2022–2024')
      expect(await period('dongjiakou')).toContain(lang === 'zh' ? '2023年下半年' : 'H2 2023')
      const marine = (await row('marine-hitech').locator('td').first().textContent())!
      expect(marine).toContain(lang === 'zh' ? '670多*' : '>67*')
      expect(await row('transport-business').locator('td').first().textContent()).toContain(
        lang === 'zh' ? '约60' : '≈6',
      )
      // Nothing is cut off: the table fits its panel.
      const overflow = await table.evaluate((t) => t.scrollWidth - t.parentElement!.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      if (lang === 'zh') {
        // Sorted by the numbers behind the words, largest first, and reversed on a click.
        const first = () =>
          table.locator('tbody th[scope="row"] button').first().getAttribute('data-area-id')
        expect(await first()).toBe('huangdao')
        await page.getByTestId('sort-investment').click()
        await expect.poll(first).not.toBe('huangdao')
        await page.getByTestId('sort-investment').click()
        await expect.poll(first).toBe('huangdao')
        // Arrow keys still move between rows.
        await page.getByTestId('area-row-huangdao').focus()
        await page.keyboard.press('ArrowDown')
        expect(
          await page.evaluate(() => document.activeElement?.getAttribute('data-area-id')),
        ).toBe('laoshan')
      }
      await page.screenshot({ path: `${OUT}/table-1366-${lang}.png` })
      expectClean(watch)
    }
  })

  it('fits the headline cards on a 390 px phone', async () => {
    // A shared area link frames the area (fewer than ten districts in view) and opens the sheet.
    const watch = await app.open('#a=marine-hitech', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      waitMap: false,
    })
    const { page } = watch
    await waitForMap(page, 1)
    await expect
      .poll(() => page.getByTestId('side-panel').getAttribute('class'))
      .toContain('is-open')
    const headline = page.getByTestId('headline-investment')
    await expect.poll(() => headline.isVisible()).toBe(true)
    const box = (await headline.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0)
    await page.screenshot({ path: `${OUT}/headline-phone.png` })
    expectClean(watch)
  })
})
