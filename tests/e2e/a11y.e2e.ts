import { describe, expect, it } from 'vitest'
import { seriousViolations } from './axe'
import { waitForMap } from './browser'
import { expectClean, useApp } from './harness'

const app = useApp()

describe('accessibility (axe-core: no serious or critical violations)', () => {
  it.each([
    ['the explorer', ''],
    ['an area panel', '#a=laoshan'],
    ['the coverage tab', ''],
    ['the explorer in English', '#a=huangdao&l=en'],
    ['the phone layout', '#a=pingdu'],
  ])('%s', async (name, hash) => {
    const phone = name.includes('phone')
    // On a phone a shared area link frames the area, with fewer than ten districts in view.
    const watch = await app.open(
      hash,
      phone ? { viewport: { width: 360, height: 740 }, isMobile: true, waitMap: false } : {},
    )
    if (phone) await waitForMap(watch.page, 1)
    if (name === 'the coverage tab') await watch.page.getByTestId('tab-coverage').click()
    expect(await seriousViolations(watch.page)).toEqual([])
    expectClean(watch)
  })

  it('the comparison view', async () => {
    const watch = await app.open('#cmp=laoshan,licang')
    await watch.page.getByTestId('compare-view').waitFor()
    expect(await seriousViolations(watch.page)).toEqual([])
    expectClean(watch)
  })

  it('presentation mode', async () => {
    const watch = await app.open('#show=1', {
      viewport: { width: 1920, height: 1080 },
      waitMap: false,
    })
    await waitForMap(watch.page, 1)
    await watch.page.getByTestId('presentation').waitFor()
    expect(await seriousViolations(watch.page)).toEqual([])
    expectClean(watch)
  })

  it('every control is reachable by keyboard with a visible focus ring', async () => {
    const watch = await app.open()
    const { page } = watch
    // The live map's controls (the static map's areas are checked in handover.e2e.ts).
    await waitForMap(page)
    await page.getByTestId('static-choropleth').waitFor({ state: 'detached' })
    const seen = new Set<string>()
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (!el || el === document.body) return null
        const style = getComputedStyle(el)
        const ring =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
          style.boxShadow !== 'none'
        return {
          key: `${el.tagName}:${el.dataset.testid ?? el.textContent?.trim().slice(0, 20)}`,
          ring,
        }
      })
      if (!focus) continue
      expect(focus.ring, focus.key).toBe(true)
      seen.add(focus.key)
    }
    // The search box, language buttons, metric control, legend classes, map labels and table rows.
    const keys = [...seen].join(' | ')
    for (const part of ['search', 'metric-select', 'legend-bin', 'area-row-'])
      expect(keys, keys).toContain(part)
    expectClean(watch)
  })
})
