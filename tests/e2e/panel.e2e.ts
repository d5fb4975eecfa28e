import { describe, expect, it } from 'vitest'
import { waitForMap } from './browser'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()

describe('area panel: what was pledged', () => {
  it('opens 崂山区 with its portfolio first and reprints folded, ids behind a disclosure', async () => {
    const watch = await app.open('#a=laoshan', { viewport: { width: 1366, height: 768 } })
    const { page } = watch
    const panel = page.getByTestId('area-panel')
    const list = panel.locator('.panel-pledges')
    // The 930亿元 programme leads, its 334 projects with it, this year's 736亿元 under it.
    const first = list.getByTestId('pledge-item').first()
    expect(await first.getAttribute('data-figure-ids')).toContain('r001-f028')
    expect(await first.locator('summary').first().textContent()).toContain('930亿元的334个')
    expect(await first.locator('.pledge__parts').textContent()).toContain('736亿元')
    // A short list: each pledge once; 8 reprints folded into the figures they repeat.
    const top = list.locator('.panel-pledges__list > [data-testid="pledge-item"]')
    expect(await top.count()).toBeLessThanOrEqual(14)
    expect(await list.getByTestId('figure-r001-f021').count()).toBe(0)
    const gdp = list.locator('[data-testid="pledge-item"][data-figure-ids~="r001-f005"]')
    expect(await gdp.getByTestId('pledge-printed').textContent()).toBe('重复刊登2次')
    // Size classes, counting words and the fragment are out of the list, with a reason.
    expect(await list.locator('[data-figure-ids~="r001-f002"]').count()).toBe(0)
    // The headline's source is a button in words, not a figure id.
    const source = panel.getByTestId('headline-investment').getByTestId('headline-source')
    expect(await source.textContent()).not.toMatch(/r\d{3}-f\d{3}/)
    await list.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: `${OUT}/panel-laoshan-zh-1366.png` })
    const counted = list.getByTestId('pledges-counted')
    expect(await counted.isVisible()).toBe(true)
    expect(await counted.getByTestId('set-aside-r001-f002').isVisible()).toBe(false)
    await counted.locator('summary').click()
    expect(await counted.getByTestId('set-aside-r001-f002').textContent()).toContain('规模级别')
    expect(await counted.getByTestId('set-aside-r001-f026').textContent()).toContain('版面')
    // Figure ids are not shown until asked for.
    const idText = first.getByTestId('figure-counted').locator('li').first()
    expect(await idText.isVisible()).toBe(false)
    await page.screenshot({ path: `${OUT}/panel-laoshan-zh-1366-counted.png` })
    expectClean(watch)
  })

  it('keeps the selection when a source link is clicked and scrolls its figure into view', async () => {
    const watch = await app.open('#a=laoshan', { viewport: { width: 1366, height: 768 } })
    const { page } = watch
    const body = page.locator('.explorer__panel-body')
    // 今年57亿元, "also reported" beside the headline: a part, folded in a closed pledge below.
    const id = 'r001-f033'
    const card = page.getByTestId(`figure-${id}`)
    const inView = async () => {
      const b = (await body.boundingBox())!
      const c = await card.boundingBox()
      return c !== null && c.height > 0 && c.y >= b.y - 1 && c.y + c.height <= b.y + b.height + 1
    }
    expect(await inView()).toBe(false)
    await page.getByTestId('headline-also').locator(`[data-figure-id="${id}"]`).click()
    // Smooth scrolling over a long list takes about a second.
    await expect.poll(inView).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-figure-id'))).toBe(
      id,
    )
    expect(page.url()).toContain('#a=laoshan')
    expect(await page.getByTestId('url-notice').count()).toBe(0)
    expect(await page.getByTestId('area-panel').locator('h2').textContent()).toContain('崂山区')
    expectClean(watch)
  })

  it('opens a legacy #figure- link on the figure’s area, with its quote in view', async () => {
    const watch = await app.open('#figure-r001-f032', { viewport: { width: 1366, height: 768 } })
    const { page } = watch
    await expect.poll(() => page.url()).toContain('a=laoshan')
    expect(await page.getByTestId('url-notice').count()).toBe(0)
    const card = page.getByTestId('figure-r001-f032')
    await expect.poll(() => card.isVisible()).toBe(true)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-figure-id')))
      .toBe('r001-f032')
    expectClean(watch)
  })

  it('gives every quote a one-line English summary and English periods on a phone', async () => {
    // A phone opens the link framed on 崂山区, so fewer than ten districts are drawn.
    const watch = await app.open('#a=laoshan&l=en', {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      waitMap: false,
    })
    await waitForMap(watch.page, 1)
    const { page } = watch
    const panel = page.getByTestId('area-panel')
    const first = panel.getByTestId('pledge-item').first()
    expect(await first.locator('summary').first().textContent()).toContain(
      'A project portfolio of CNY 93 bn (334 projects)',
    )
    const summary = panel.getByTestId('figure-r001-f028').getByTestId('figure-summary')
    expect(await summary.textContent()).toContain(
      'Laoshan pledges a project portfolio of CNY 93 bn (334 projects) over 2022–2024.',
    )
    const periods = await panel.getByTestId('figure-period').allTextContents()
    expect(periods.length).toBeGreaterThan(5)
    for (const p of periods) expect(p).not.toMatch(/[\u4e00-\u9fff]/)
    // Group headings and pledge lines in English too (the quotes stay Chinese).
    const headings = await panel.getByTestId('pledge-group').allTextContents()
    for (const h of headings) expect(h).not.toMatch(/[\u4e00-\u9fff]/)
    await panel.locator('.panel-pledges').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: `${OUT}/panel-laoshan-en-390.png` })
    expectClean(watch)
  })
})
