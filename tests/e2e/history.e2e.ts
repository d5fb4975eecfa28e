import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectClean, useApp } from './harness'

const app = useApp()

const hash = (page: Page) => page.evaluate(() => location.hash)
const historyLength = (page: Page) => page.evaluate(() => history.length)
const panelTitle = (page: Page) => page.getByTestId('area-panel').locator('h2').textContent()
const metric = (page: Page) => page.getByTestId('metric-select').inputValue()

describe('history', () => {
  it('Back and Forward restore area, metric and hash, and applying a link adds no entry', async () => {
    const watch = await app.open('#a=laoshan')
    const { page } = watch
    // Opening the link normalises it in place (the language joins it) rather than pushing.
    await expect.poll(() => hash(page)).toBe('#a=laoshan&l=zh')
    expect(await panelTitle(page)).toContain('崂山区')
    const opened = await historyLength(page)

    // A new area is a new entry; a metric change replaces that entry.
    await page.getByTestId('search').fill('西海岸')
    await page.getByTestId('search').press('Enter')
    await expect.poll(() => hash(page)).toBe('#a=huangdao&l=zh')
    await page.getByTestId('metric-select').selectOption('projects')
    await expect.poll(() => hash(page)).toBe('#a=huangdao&m=prj&l=zh')
    expect(await panelTitle(page)).toContain('黄岛区')
    expect(await historyLength(page)).toBe(opened + 1)

    // A third area, keeping the metric.
    await page.getByTestId('search').fill('开发区')
    await page.getByTestId('search').press('Enter')
    await expect.poll(() => hash(page)).toBe('#a=qetdz&m=prj&l=zh')
    expect(await historyLength(page)).toBe(opened + 2)

    await page.goBack()
    await expect.poll(() => panelTitle(page)).toContain('黄岛区')
    expect(await metric(page)).toBe('projects')
    expect(await hash(page)).toBe('#a=huangdao&m=prj&l=zh')

    await page.goBack()
    await expect.poll(() => panelTitle(page)).toContain('崂山区')
    expect(await metric(page)).toBe('investment')
    expect(await hash(page)).toBe('#a=laoshan&l=zh')

    await page.goForward()
    await expect.poll(() => panelTitle(page)).toContain('黄岛区')
    expect(await metric(page)).toBe('projects')
    expect(await hash(page)).toBe('#a=huangdao&m=prj&l=zh')
    // Applying entries on Back/Forward wrote no history of its own.
    expect(await historyLength(page)).toBe(opened + 2)
    expectClean(watch)
  })

  it('normalises a followed link in place instead of adding a second entry', async () => {
    const watch = await app.open('#a=laoshan')
    const { page } = watch
    await expect.poll(() => hash(page)).toBe('#a=laoshan&l=zh')
    const opened = await historyLength(page)
    // A link without `l=` followed on the same page: the browser adds one entry, the app none.
    await page.evaluate(() => (location.hash = '#a=pingdu&m=prj'))
    await expect.poll(() => hash(page)).toBe('#a=pingdu&m=prj&l=zh')
    await expect.poll(() => panelTitle(page)).toContain('平度市')
    expect(await metric(page)).toBe('projects')
    expect(await historyLength(page)).toBe(opened + 1)

    await page.goBack()
    await expect.poll(() => panelTitle(page)).toContain('崂山区')
    expect(await metric(page)).toBe('investment')
    expect(await hash(page)).toBe('#a=laoshan&l=zh')
    expectClean(watch)
  })
})
