import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { PledgeData } from '../../src/types/pledge'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()
const data = JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as PledgeData

describe('report reader: the outlet and its evidence', () => {
  it('marks an inferred outlet, gives the reasoning and underlines the byline phrases', async () => {
    // 崂山's headline programme from the provincial-congress report, whose outlet is inferred
    // (its quote is the one the panel shows open).
    const figure = data.figures.find(
      (f) =>
        f.reportId === 'r001' &&
        f.areaId === 'laoshan' &&
        f.moneyType === 'portfolio' &&
        f.nestedIn === null,
    )!
    const watch = await app.open('#a=laoshan')
    const { page } = watch
    await page.getByTestId(`open-reader-${figure.id}`).click()
    const reader = page.getByTestId('report-reader')
    await reader.waitFor()
    expect(await reader.getByTestId('reader-outlet').textContent()).toBe('青岛日报（推断）')
    expect(await reader.getByTestId('reader-outlet-reasoning').textContent()).toContain(
      '聚焦省第十二次党代会',
    )
    const outletMarks = reader.locator('.reader__body mark[data-evidence="outlet"]')
    await expect.poll(() => outletMarks.allTextContents()).toContain('聚焦省第十二次党代会')
    await outletMarks.first().scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${OUT}/reader-outlet-evidence-zh.png` })
    expectClean(watch)
  })
})
