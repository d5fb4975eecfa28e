import { describe, expect, it } from 'vitest'
import { waitForMap } from './browser'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()

describe('explorer', () => {
  it('selects an area from the list, shows its panel with quotes, and writes the zh screenshot', async () => {
    const watch = await app.open()
    const { page } = watch
    await page.getByTestId('area-row-laoshan').click()
    const panel = page.getByTestId('area-panel')
    await expect.poll(() => panel.locator('h2').textContent()).toContain('崂山区')
    // Headline investment with the figure ids it was computed from.
    const headline = panel.getByTestId('headline-investment')
    expect(await headline.textContent()).toMatch(/亿元/)
    const fromIds = await headline.locator('.headline__figure').allTextContents()
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
    // The legend starts folded so the map stays visible, and opens with a tap.
    expect(await page.getByTestId('legend').isVisible()).toBe(false)
    await page.getByTestId('legend-toggle').tap()
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
