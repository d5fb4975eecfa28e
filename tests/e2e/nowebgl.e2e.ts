import { describe, expect, it } from 'vitest'
import { expectClean, OUT, useApp } from './harness'

// A browser without WebGL at all.
const app = useApp(['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'])

describe('without WebGL', () => {
  it('shows the static choropleth, the legend and the table, with a message', async () => {
    const watch = await app.open('', { waitMap: false })
    const { page } = watch
    await page.getByTestId('no-webgl').waitFor()
    const svg = page.getByTestId('static-choropleth')
    expect(await svg.isVisible()).toBe(true)
    // The districts' paths; zones are circles over dashed footprint paths of their own.
    const fills = await svg
      .locator('path[data-area-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('fill')))
    expect(fills).toHaveLength(10)
    // Coloured by class where a figure exists, hatched where none was reported.
    expect(fills.filter((f) => f?.startsWith('#')).length).toBeGreaterThan(0)
    expect(fills.filter((f) => f?.startsWith('url(')).length).toBeGreaterThan(0)
    expect(await svg.locator('circle[data-zone-id]').count()).toBeGreaterThan(0)
    // Selecting still works, from the static map and from the table.
    await svg.locator('path[data-area-id="pingdu"]').click()
    await expect
      .poll(() => page.getByTestId('area-panel').locator('h2').textContent())
      .toContain('平度')
    await page.screenshot({ path: `${OUT}/no-webgl.png` })
    expectClean(watch)
  })
})
