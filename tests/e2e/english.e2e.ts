import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { waitForMap } from './browser'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()
const LAPTOP = { viewport: { width: 1366, height: 768 } }

/**
 * Every piece of Chinese the page shows or announces outside quotes and names: visible text
 * nodes and the attributes a screen reader or a tooltip reads (aria-label, title, placeholder,
 * alt). Quotes and Chinese names are marked `lang="zh"` and skipped with everything inside them.
 * Returns `where: text` strings, so a failure says what to translate.
 */
function chineseLeaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cjk = /[\u3400-\u9fff]/
    const inZh = (el: Element) => el.closest('[lang^="zh"]') !== null
    const shown = (el: Element) => {
      // An option is drawn as part of its select.
      const box = el.closest('select') ?? el
      return box.checkVisibility({ visibilityProperty: true, opacityProperty: false })
    }
    const where = (el: Element) => {
      const id = el.closest('[data-testid]')?.getAttribute('data-testid')
      return `${el.tagName.toLowerCase()}${id ? ` in ${id}` : ''}`
    }
    const leaks = new Set<string>()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      const text = n.textContent ?? ''
      if (!el || !cjk.test(text) || inZh(el) || !shown(el)) continue
      if (el.closest('script, style, template')) continue
      leaks.add(`${where(el)}: ${text.trim()}`)
    }
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (inZh(el) || !shown(el)) continue
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(attr)
        if (v && cjk.test(v)) leaks.add(`${where(el)} [${attr}]: ${v}`)
      }
    }
    return [...leaks]
  })
}

/** Fails with the list of Chinese strings found (printed too, so a run shows all of them). */
async function expectEnglish(page: Page, view: string) {
  const leaks = await chineseLeaks(page)
  if (leaks.length > 0) console.log(`Chinese in English mode (${view}):\n  ${leaks.join('\n  ')}`)
  expect.soft(leaks, view).toEqual([])
}

/** How many pixels of a scrolling box's content are cut off at the right (0 when it fits). */
const overflowX = (page: Page, selector: string) =>
  page.$eval(selector, (el) => el.scrollWidth - el.clientWidth)

/** Opens every disclosure inside `selector` ("how this was counted", sub-lists …). */
const openDetails = (page: Page, selector: string) =>
  page.$$eval(`${selector} details`, (els) =>
    els.forEach((d) => ((d as HTMLDetailsElement).open = true)),
  )

describe('English mode shows no Chinese outside quotes and names', () => {
  it('explorer: home, table, coverage, filters, a district with details, a zone, the reader', async () => {
    const watch = await app.open('#l=en', LAPTOP)
    const { page } = watch
    await expectEnglish(page, 'home')
    expect(await overflowX(page, '.area-table-wrap'), 'area table fits').toBeLessThanOrEqual(0)
    await page.getByTestId('side-panel').screenshot({ path: `${OUT}/english-table-1366.png` })
    await page.getByTestId('pledge-filter').locator('summary').click()
    await expectEnglish(page, 'filters open')
    await page.getByTestId('filter-report').selectOption({ index: 1 })
    await expectEnglish(page, 'filtered to one report')
    await page.getByTestId('filter-clear').click()
    await page.getByTestId('tab-coverage').click()
    await expectEnglish(page, 'coverage table')
    expect(await overflowX(page, '.coverage__scroll'), 'coverage table fits').toBeLessThanOrEqual(0)
    await page.getByTestId('side-panel').screenshot({ path: `${OUT}/english-coverage-1366.png` })
    await page.getByTestId('tab-areas').click()

    await page.getByTestId('area-row-laoshan').click()
    const panel = page.getByTestId('area-panel')
    await expect.poll(() => panel.locator('h2').textContent()).toContain('Laoshan')
    await openDetails(page, '[data-testid="area-panel"]')
    await expectEnglish(page, 'Laoshan panel, details open')
    await page.screenshot({ path: `${OUT}/english-1366x768.png` })

    await page.locator('[data-testid^="open-reader-"]').first().click()
    await page.getByTestId('report-reader').waitFor()
    await expectEnglish(page, 'report reader')
    await page.keyboard.press('Escape')

    await page.getByTestId('crumb-all').click()
    await page.getByTestId('area-row-dongjiakou').click()
    await expect.poll(() => panel.locator('h2').textContent()).toContain('Dongjiakou')
    await openDetails(page, '[data-testid="area-panel"]')
    await expectEnglish(page, 'zone panel')
    expectClean(watch)
  })

  it('methodology dialog and the comparison of two districts', async () => {
    const watch = await app.open('#l=en', LAPTOP)
    const { page } = watch
    await page.getByTestId('methodology-open').click()
    await page.getByTestId('methodology').waitFor()
    await expectEnglish(page, 'methodology')
    await page.keyboard.press('Escape')
    await page.getByTestId('boundary-open').click()
    await page.getByTestId('boundary-dialog').waitFor()
    await expectEnglish(page, 'boundary dialog')
    await page.getByTestId('boundary-close').click()

    await page.goto(`${app.origin}/#cmp=laoshan,licang&l=en`)
    await page.getByTestId('compare-view').waitFor()
    await expectEnglish(page, 'compare view')
    expect(await overflowX(page, '.compare-table-wrap'), 'compare table fits').toBeLessThanOrEqual(
      0,
    )
    await page.screenshot({ path: `${OUT}/english-compare-1366.png` })
    expectClean(watch)
  })

  it('presentation steps 1–3', async () => {
    const watch = await app.open('#l=en', { viewport: { width: 1920, height: 1080 } })
    const { page } = watch
    await page.getByTestId('present-button').click()
    await page.getByTestId('presentation').waitFor()
    for (const step of [1, 2, 3]) {
      await expect
        .poll(() => page.getByTestId('present-counter').textContent())
        .toMatch(new RegExp(`^${step} / `))
      await waitForMap(page, 1)
      await expectEnglish(page, `presentation step ${step}`)
      await page.keyboard.press('ArrowRight')
    }
    expectClean(watch)
  })
})

describe('English wording', () => {
  it('gives district populations as residents, not "50.20,000"', async () => {
    const watch = await app.open('#cmp=laoshan,licang&l=en', LAPTOP)
    const { page } = watch
    const text = (await page.getByTestId('compare-view').textContent())!
    expect(text).not.toMatch(/\d0,000 residents/)
    expect(text).toMatch(/\d[\d,.]* (million )?residents/)
    expectClean(watch)
  })
})

describe('filter panel', () => {
  it('stays open after the filter is cleared', async () => {
    const watch = await app.open('#l=en', LAPTOP)
    const { page } = watch
    const filter = page.getByTestId('pledge-filter')
    await filter.locator('summary').click()
    await page.getByTestId('filter-horizon').selectOption('year')
    await page.getByTestId('filter-clear').click()
    await expect.poll(() => page.getByTestId('filter-clear').count()).toBe(0)
    expect(await filter.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true)
    expect(await page.getByTestId('filter-horizon').isVisible()).toBe(true)
    expectClean(watch)
  })
})

describe('a loaded boundary', () => {
  it('is what the zone panel describes, and the zone label moves inside it', async () => {
    // 中德生态园's estimated location is 120.09° E, 36.05° N; this square lies 4–6 km east of it.
    const file = join(OUT, 'english-boundary.geojson')
    mkdirSync(OUT, { recursive: true })
    const square = [
      [120.13, 36.04],
      [120.16, 36.04],
      [120.16, 36.07],
      [120.13, 36.07],
      [120.13, 36.04],
    ]
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: '中德生态园' },
            geometry: { type: 'Polygon', coordinates: [square] },
          },
        ],
      }),
    )
    const watch = await app.open('#a=sino-german-ecopark&v=120.1200,36.0500,11.00&l=en', {
      ...LAPTOP,
      waitMap: false,
    })
    const { page } = watch
    await waitForMap(page, 1)
    const location = page.getByTestId('panel-location')
    expect(await location.textContent()).toContain('schematic')
    const label = page.locator('.map-label[data-area-id="sino-german-ecopark"]')
    const before = (await label.boundingBox())!

    await page.getByTestId('boundary-open').click()
    await page.getByTestId('boundary-file').setInputFiles(file)
    await page.getByTestId('boundary-review').waitFor()
    expect(await page.getByTestId('boundary-choice-0').inputValue()).toBe('sino-german-ecopark')
    await page.getByTestId('boundary-accept').click()
    await page.getByTestId('boundary-in-use-sino-german-ecopark').waitFor()
    await page.getByTestId('boundary-close').click()
    await waitForMap(page, 1)

    // The panel says where the boundary comes from, and no longer that there is none.
    await expect.poll(() => location.textContent()).toContain('your own file')
    expect(await location.textContent()).not.toContain('schematic')
    // 120.09° → 120.145° E at zoom 11 is about 0.055 × 512 × 2^11 / 360 ≈ 80 px to the east.
    const after = (await label.boundingBox())!
    expect(after.x - before.x).toBeGreaterThan(60)
    expect(Math.abs(after.y - before.y)).toBeLessThan(20)
    await page.screenshot({ path: `${OUT}/english-boundary.png` })
    expectClean(watch)
  })
})
