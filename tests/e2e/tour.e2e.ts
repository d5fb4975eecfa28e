import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { mainlandBounds } from '../../src/map/mainland'
import type { DistrictCollection } from '../../src/types/geo'
import { settle } from './browser'
import { expectClean, OUT, useApp } from './harness'

const app = useApp()
const districts = JSON.parse(
  readFileSync('public/geo/districts.geojson', 'utf8'),
) as DistrictCollection
const pledges = JSON.parse(readFileSync('public/data/pledges.json', 'utf8')) as {
  areas: { id: string; location?: { lon: number; lat: number } | null }[]
}

interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

const rect = (page: Page, selector: string): Promise<Box> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect()
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
    })

/** The part of the map a viewer sees: right of the caption column, above the attribution. */
async function visibleMap(page: Page): Promise<Box> {
  const map = await rect(page, '[data-testid="map"]')
  const caption = await rect(page, '[data-testid="present-caption"]')
  const attribution = await rect(page, '.maplibregl-ctrl-attrib')
  return { ...map, left: caption.right, bottom: Math.min(map.bottom, attribution.top) }
}

/** Boxes and centres of the area labels (`selector`: which kinds). */
async function labelCentres(page: Page, selector = '.map-label--district, .map-label--zone') {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      return {
        id: (el as HTMLElement).dataset.areaId ?? '',
        x: (r.left + r.right) / 2,
        y: (r.top + r.bottom) / 2,
        hidden: el.classList.contains('is-hidden'),
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      }
    }),
  )
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))
const lngLatOf = (id: string): [number, number] | null => {
  const d = districts.features.find((f) => f.properties.id === id)
  if (d) return d.properties.labelPoint
  const z = pledges.areas.find((a) => a.id === id)?.location
  return z ? [z.lon, z.lat] : null
}

/**
 * The screen projection, read off the page: each district label is a marker centred on its
 * known label point (zone labels hang below their symbol, so they are left out), and Web
 * Mercator is linear in longitude and in mercator y, so two least-squares lines give it.
 */
async function projection(page: Page) {
  const pts = (await labelCentres(page, '.map-label--district')).flatMap((l) => {
    const ll = lngLatOf(l.id)
    return ll ? [{ u: ll[0], v: mercY(ll[1]), x: l.x, y: l.y }] : []
  })
  const line = (xs: number[], ys: number[]) => {
    const n = xs.length
    const mx = xs.reduce((a, b) => a + b, 0) / n
    const my = ys.reduce((a, b) => a + b, 0) / n
    const k =
      xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) /
      xs.reduce((a, x) => a + (x - mx) ** 2, 0)
    return (t: number) => my + k * (t - mx)
  }
  const fx = line(
    pts.map((p) => p.u),
    pts.map((p) => p.x),
  )
  const fy = line(
    pts.map((p) => p.v),
    pts.map((p) => p.y),
  )
  return ([lon, lat]: [number, number]) => ({ x: fx(lon), y: fy(mercY(lat)) })
}

const inside = (b: Box, area: Box) =>
  b.left >= area.left - 1 &&
  b.right <= area.right + 1 &&
  b.top >= area.top - 1 &&
  b.bottom <= area.bottom + 1

/** What the slide shows, to tell a slide with something to say from an empty one. */
async function slideContent(page: Page) {
  const step = page.getByTestId('present-step')
  return {
    kind: await step.getAttribute('data-step-kind'),
    text: (await step.textContent()) ?? '',
    headline: await page
      .getByTestId('present-headline')
      .allTextContents()
      .then((t) => t.join('')),
    ranked: await page.getByTestId('present-ranking').locator('li').count(),
    named: await page.locator('[data-testid^="present-unreported-"] li').count(),
    area: await page
      .getByTestId('present-area-name')
      .allTextContents()
      .then((t) => t.join('')),
  }
}

/** How many px of the step's content its box cuts off (0: all of it is on screen). */
const captionOverflow = (page: Page) =>
  page
    .locator('.presentation-caption__step')
    .evaluate((el) => Math.max(0, el.scrollHeight - el.clientHeight))

async function expectLegend(page: Page) {
  const legend = page.getByTestId('present-legend')
  expect(await legend.isVisible()).toBe(true)
  expect(await legend.getByTestId('present-legend-bin').count()).toBeGreaterThanOrEqual(2)
  expect(await legend.getByTestId('present-legend-nodata').count()).toBe(1)
  expect(await legend.getByTestId('present-legend-zones').locator('li').count()).toBeGreaterThan(1)
  // Above the presenter's controls, never under them.
  const controls = await rect(page, '.presentation-controls')
  expect((await rect(page, '[data-testid="present-legend"]')).bottom).toBeLessThanOrEqual(
    controls.top + 1,
  )
}

/** Every area label on screen lies inside the visible map, none half under the caption. */
async function expectLabelsInside(page: Page) {
  const map = await visibleMap(page)
  const labels = (await labelCentres(page)).filter((l) => !l.hidden)
  expect(labels.length).toBeGreaterThan(5)
  for (const l of labels)
    expect({ id: l.id, inside: inside(l.box, map) }).toEqual({ id: l.id, inside: true })
}

describe('the guided tour at 1920×1080', () => {
  it('has no empty slide, opens with its message in words, frames districts on their mainland', async () => {
    const watch = await app.open('', { viewport: { width: 1920, height: 1080 } })
    const { page } = watch
    await settle(page, () => page.keyboard.press('p'))
    await page.getByTestId('presentation').waitFor()

    await page.screenshot({ path: `${OUT}/tour-1920-step1.png` })
    // Step 1: the message as a sentence, its figure as the report states it, and its source.
    const message = await page.getByTestId('present-message').textContent()
    expect(message).toBe('青岛 10 个区市中，有 4 个报出了项目总投资；最多的是黄岛区：')
    expect(await page.getByTestId('present-headline').textContent()).toBe('7100亿元')
    const quote = page.getByTestId('present-quote')
    expect(await quote.locator('mark').textContent()).toBe('7100亿元')
    expect(await quote.textContent()).toContain('青岛日报 · 2022年5月')
    // The count says what it counts, and that no figure is not zero.
    expect(await page.getByTestId('present-coverage').textContent()).toBe(
      '本次演示的 19 个区市和西海岸功能区中，9 个报有投资数字，10 个未报道数字（不等于零）。',
    )
    expect(await page.getByTestId('present-step').textContent()).not.toMatch(/\d+ \/ \d+/)
    await expectLegend(page)
    await expectLabelsInside(page)
    expect(await captionOverflow(page)).toBe(0)

    const total = Number((await page.getByTestId('present-counter').textContent())!.split('/')[1])
    const keys = ['ArrowRight', 'PageDown', 'Space', 'ArrowDown']
    const seen: string[] = []
    for (let i = 2; i <= total; i++) {
      await settle(page, () => page.keyboard.press(keys[i % keys.length]!))
      expect(await page.getByTestId('present-counter').textContent()).toBe(`${i} / ${total}`)
      const slide = await slideContent(page)
      seen.push(slide.kind ?? '')
      // Something to say on every slide: a figure, a ranking, or a named list.
      expect(
        /\d/.test(slide.headline) || slide.ranked > 0 || slide.named > 0,
        `step ${i} (${slide.kind}) is empty: ${slide.text}`,
      ).toBe(true)
      if (slide.kind === 'unreported') {
        expect(slide.text).toContain('未报道数字')
        expect(slide.text).toContain('不表示投资为零')
        expect(slide.named).toBe(9)
      }
      await expectLegend(page)
      // Nothing the slide says is cut off by the legend and controls below it: a long slide
      // (李沧区's quote and its other figures) is scaled to fit, never below 70 %.
      expect(await captionOverflow(page), `step ${i} (${slide.kind}) is clipped`).toBe(0)
      expect(
        Number(await page.getByTestId('present-fit').getAttribute('data-fit')),
      ).toBeGreaterThanOrEqual(0.7)

      const areaId = await page
        .locator('.map-label.is-selected')
        .first()
        .getAttribute('data-area-id')
        .catch(() => null)
      const feature = districts.features.find((f) => f.properties.id === areaId)
      if (slide.kind !== 'area' || !feature) continue
      if (areaId === 'laoshan') await page.screenshot({ path: `${OUT}/tour-1920-district.png` })
      // The district's mainland is centred in the visible map, its label inside it.
      const map = await visibleMap(page)
      const toScreen = await projection(page)
      const b = mainlandBounds(feature.geometry)!
      const sw = toScreen(b[0])
      const ne = toScreen(b[1])
      const cx = (sw.x + ne.x) / 2
      const cy = (sw.y + ne.y) / 2
      const w = map.right - map.left
      const h = map.bottom - map.top
      expect(Math.abs(cx - (map.left + map.right) / 2), `${areaId} off-centre`).toBeLessThan(
        w * 0.04,
      )
      expect(Math.abs(cy - (map.top + map.bottom) / 2), `${areaId} off-centre`).toBeLessThan(
        h * 0.06,
      )
      const label = await rect(page, `.map-label[data-area-id="${areaId}"]`)
      expect(inside(label, map), `${areaId} label outside the map`).toBe(true)
    }
    expect(seen).toContain('unreported')
    expect(seen.filter((k) => k === 'unreported')).toHaveLength(1)
    expect(seen.at(-1)).toBe('unreported')
    expectClean(watch)
    await page.context().close()
  }, 240_000)
})

describe('the guided tour at 3840×2160', () => {
  it('opens with its message in words, a legend in large type and labels inside the map', async () => {
    const watch = await app.open('', { viewport: { width: 3840, height: 2160 } })
    const { page } = watch
    await settle(page, () => page.keyboard.press('p'))
    await page.getByTestId('presentation').waitFor()
    await page.screenshot({ path: `${OUT}/tour-3840-step1.png` })
    expect(await page.getByTestId('present-message').textContent()).toContain('最多的是黄岛区')
    await expectLegend(page)
    // Legend type readable from the back of the room: 1.5 % of the screen height (32 px).
    const px = await page
      .getByTestId('present-legend')
      .locator('.presentation-legend__label')
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))
    expect(px).toBeGreaterThanOrEqual(2160 * 0.015)
    await expectLabelsInside(page)
    expect(await captionOverflow(page)).toBe(0)
    expectClean(watch)
    await page.context().close()
  }, 240_000)
})
