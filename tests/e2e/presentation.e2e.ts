import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { settle, waitForMap } from './browser'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()

/** The explorer state the presentation must give back: a camera, a selection and a metric. */
const EXPLORER_HASH = '#a=laoshan&m=prj&v=120.4500,36.2000,9.00'
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const

const counter = (page: Page) => page.getByTestId('present-counter').textContent()

const fontPx = (page: Page) =>
  page
    .getByTestId('present-headline')
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))

describe.each(SIZES)('presentation at $width×$height', ({ width, height }) => {
  it('enters, steps with the clicker keys, shows figures and quotes, and leaves the explorer as it was', async () => {
    const watch = await app.open(EXPLORER_HASH, { viewport: { width, height } })
    const { page } = watch
    const panel = page.getByTestId('area-panel')
    await expect.poll(() => panel.locator('h2').textContent()).toContain('崂山区')
    const hashBefore = new URL(page.url()).hash

    await settle(page, () => page.getByTestId('present-button').click())
    await page.getByTestId('presentation').waitFor()
    expect(await page.locator('.app-header').isVisible()).toBe(false)
    expect(await page.getByTestId('side-panel').isVisible()).toBe(false)
    const total = Number((await counter(page))!.split('/')[1])
    expect(total).toBeGreaterThanOrEqual(12)
    expect(await counter(page)).toBe(`1 / ${total}`)
    expect(page.url()).toContain('show=1')
    await page.screenshot({ path: `${OUT}/present-${width}x${height}-step1.png` })

    // Step 2: the ranking of the four stated portfolios; the other districts named below it.
    await settle(page, () => page.keyboard.press('ArrowRight'))
    expect(await counter(page)).toBe(`2 / ${total}`)
    expect(await page.getByTestId('present-ranking').locator('li').count()).toBe(4)
    expect(await page.getByTestId('present-ranking-without').textContent()).toContain('市南区')
    await page.screenshot({ path: `${OUT}/present-${width}x${height}-step2.png` })

    // Step 3: the first district by investment, flown to, highlighted, with its figure and quote.
    const flight = await settle(page, () => page.keyboard.press('PageDown'))
    expect(flight).toBeGreaterThan(100)
    expect(await counter(page)).toBe(`3 / ${total}`)
    expect(await page.getByTestId('present-area-name').textContent()).toContain('黄岛区')
    expect(await page.getByTestId('present-headline').textContent()).toBe('7100亿元')
    expect(await page.getByTestId('present-period').textContent()).toContain(
      '未注明期限（2022年5月报道）',
    )
    const quote = page.getByTestId('present-quote')
    const number = await quote.locator('mark').textContent()
    expect(await quote.locator('blockquote').textContent()).toContain(number)
    expect(
      await page.locator('.map-label[data-area-id="huangdao"]').getAttribute('aria-pressed'),
    ).toBe('true')
    await page.screenshot({ path: `${OUT}/present-${width}x${height}-step3.png` })

    // Headline type readable from the back of the room: at least 4.5 % of the screen height.
    const px = await fontPx(page)
    console.info(`headline font at ${width}×${height}: ${px}px`)
    expect(px).toBeGreaterThanOrEqual(height * 0.045)

    // The other clicker keys.
    await page.keyboard.press('Space')
    expect(await counter(page)).toBe(`4 / ${total}`)
    await page.keyboard.press('PageUp')
    await page.keyboard.press('ArrowLeft')
    expect(await counter(page)).toBe(`2 / ${total}`)
    await page.keyboard.press('End')
    expect(await counter(page)).toBe(`${total} / ${total}`)
    await page.keyboard.press('ArrowRight')
    expect(await counter(page)).toBe(`${total} / ${total}`)
    await page.keyboard.press('Home')
    expect(await counter(page)).toBe(`1 / ${total}`)
    await page.keyboard.press('b')
    expect(await page.getByTestId('present-blank').isVisible()).toBe(true)
    await page.keyboard.press('.')
    expect(await page.getByTestId('present-blank').count()).toBe(0)

    // Esc: the explorer as it was (selection, metric, camera, all in the URL) and the light map.
    await settle(page, () => page.keyboard.press('Escape'))
    expect(await page.getByTestId('presentation').count()).toBe(0)
    expect(await page.locator('.app-header').isVisible()).toBe(true)
    await expect.poll(() => panel.locator('h2').textContent()).toContain('崂山区')
    expect(await page.getByTestId('metric-select').inputValue()).toBe('projects')
    expect(new URL(page.url()).hash).toBe(hashBefore)
    expectClean(watch)
    // A 4K page holds large WebGL buffers: free them for the tests that follow.
    await page.context().close()
    // SwiftShader draws 8 million pixels a frame at 4K: give the flights time on a 2-core runner.
  }, 240_000)
})

describe('presentation', () => {
  it('ranks like for like: 崂山 on its 930亿元 for 2022–2024, other kinds listed apart', async () => {
    const watch = await app.open('#show=1&step=1', { waitMap: false })
    const { page } = watch
    await waitForMap(page, 1)
    const ranking = page.getByTestId('present-ranking')
    const rows = ranking.locator('li')
    expect(await rows.count()).toBe(4)
    const laoshan = ranking.locator('li[data-area-id="laoshan"]')
    expect(await laoshan.textContent()).toContain('930亿元')
    expect(await laoshan.textContent()).toContain('2022—2024年（未来三年）')
    expect(await ranking.textContent()).not.toMatch(/1,?480/)
    expect(await rows.first().getAttribute('data-area-id')).toBe('huangdao')
    expect(await page.getByTestId('present-ranking-measure').textContent()).toContain('项目总投资')
    await page.screenshot({ path: `${OUT}/present-ranking-investment.png` })

    // The project counts: three portfolios ranked; 莱西's signings and 李沧's pipeline apart.
    await page.getByTestId('present-order').selectOption('projects')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => counter(page)).toMatch(/^2 \//)
    expect(await rows.count()).toBe(3)
    const others = page.getByTestId('present-ranking-others')
    expect(await others.locator('li[data-area-id="laixi"]').textContent()).toContain(
      '300个以上 · 新签约项目',
    )
    expect(await others.locator('li[data-area-id="licang"]').textContent()).toContain(
      '83个 · 洽谈中项目',
    )
    await page.screenshot({ path: `${OUT}/present-ranking-projects.png` })
    expectClean(watch)
  })

  it('labels a derived sum on an area step, with its qualifier as written', async () => {
    const watch = await app.open('#show=1&step=3', { waitMap: false })
    const { page } = watch
    await waitForMap(page, 1)
    expect(await page.getByTestId('present-area-name').textContent()).toContain('海洋高新区')
    expect(await page.getByTestId('present-headline').textContent()).toBe('670多亿元')
    expect(await page.getByTestId('present-derived').textContent()).toContain(
      '合计：290多 + 380 亿元',
    )
    expect(await page.getByTestId('present-rank').textContent()).toContain('项目总投资')
    await page.screenshot({ path: `${OUT}/present-derived.png` })
    expectClean(watch)
  })

  it('names the districts without a headline figure together, with what else was reported', async () => {
    // A link past the end shows the last step: the slide of areas with no figure reported
    // (they no longer get an empty slide each). The map shows all of Qingdao.
    const watch = await app.open('#show=1&tour=geographic&step=99', { waitMap: false })
    const { page } = watch
    await waitForMap(page, 1)
    expect(await page.getByTestId('present-step').getAttribute('data-step-kind')).toBe('unreported')
    const districts = page.getByTestId('present-unreported-district')
    expect(await districts.locator('li[data-area-id="shinan"]').textContent()).toMatch(
      /市南区.*报道中提到/,
    )
    expect(await page.getByTestId('present-caption').textContent()).toContain('不表示投资为零')
    await page.screenshot({ path: `${OUT}/present-no-figure.png` })
    expectClean(watch)
  })

  it('cuts instead of flying with prefers-reduced-motion', async () => {
    const watch = await app.open('', { reducedMotion: 'reduce' })
    const { page } = watch
    await settle(page, () => page.keyboard.press('p'))
    await page.getByTestId('presentation').waitFor()
    await page.keyboard.press('ArrowRight')
    const cut = await settle(page, () => page.keyboard.press('ArrowRight'))
    expect(await counter(page)).toMatch(/^3 \//)
    expect(cut).toBeLessThan(50)
    expectClean(watch)
  })

  it('does not start on P typed into the search box', async () => {
    const watch = await app.open()
    const { page } = watch
    await page.getByRole('combobox').first().fill('p')
    await page.keyboard.press('p')
    expect(await page.getByTestId('presentation').count()).toBe(0)
    expectClean(watch)
  })

  it('auto-advances and, as a kiosk, starts by itself after idle time and loops', async () => {
    const watch = await app.open('#kiosk=1', { waitMap: false })
    const { page } = watch
    // Test hooks (see usePresentationTimers): short idle time and interval, set before the app runs.
    await page.addInitScript(() => {
      const hooks = window as unknown as { __kioskIdleMs: number; __presentIntervalMs: number }
      hooks.__kioskIdleMs = 300
      // Long enough for each step to be patched into the page before the next, on a busy machine.
      hooks.__presentIntervalMs = 300
    })
    await page.reload()
    // The camera moves every 300 ms from here on, so MapLibre never reports idle: no waitForMap.
    await page.getByTestId('presentation').waitFor({ timeout: 20_000 })
    const seen = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = []
          const timer = setInterval(() => {
            const text = document.querySelector('[data-testid="present-counter"]')?.textContent
            const t = text?.trim() ?? ''
            if (t && seen.at(-1) !== t) seen.push(t)
            const [, total] = t.split(' / ')
            if (seen.includes(`${total} / ${total}`) && t.startsWith('1 /')) {
              clearInterval(timer)
              resolve(seen)
            }
          }, 10)
        }),
    )
    expect(seen.length).toBeGreaterThan(10)
    expect(await page.getByTestId('present-play').getAttribute('aria-pressed')).toBe('true')
    // Leaving re-arms the idle clock; make it long so the kiosk does not start again mid-check.
    await page.evaluate(() => {
      ;(window as unknown as { __kioskIdleMs: number }).__kioskIdleMs = 60_000
    })
    await page.keyboard.press('Escape')
    expect(await page.getByTestId('presentation').count()).toBe(0)
    expectClean(watch)
    // A kiosk starts again after the idle time: close it so it does not slow the next tests.
    await page.context().close()
  })

  it('opens a second time without a network (service worker, manifest)', async () => {
    const watch = await app.open()
    const { page } = watch
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r))
      }
    })
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')
      return (await fetch(link!.href)).json()
    })
    expect(manifest).toMatchObject({ display: 'standalone', theme_color: '#0b3c5d' })
    await page.context().setOffline(true)
    await page.reload()
    await waitForMap(page)
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(10)
    await page.getByTestId('area-row-laoshan').click()
    await expect.poll(() => page.locator('.figure-card').count()).toBeGreaterThan(5)
    await page.screenshot({ path: `${OUT}/present-offline.png` })
    expectClean(watch)
  })
})
