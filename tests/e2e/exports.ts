import { readFileSync } from 'node:fs'
import type { Download, Page } from 'playwright-core'
import { openExportMenu } from './browser'

/** Clicks an export button (`testId`) in the export menu and reads the file it downloads. */
export async function download(
  page: Page,
  testId: string,
): Promise<{ name: string; bytes: Buffer }> {
  await openExportMenu(page)
  const [d] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    page.getByTestId(testId).click(),
  ])
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) }
}

/**
 * Distinct colours on a grid over a PNG's map area (`w` × `h` from the layout's map frame at
 * 32, 118), decoded in the page: a blank map has a handful, a drawn one many.
 */
export async function coloursIn(page: Page, bytes: Buffer, box: { w: number; h: number }) {
  return page.evaluate(
    async ({ b64, w, h }) => {
      const img = new Image()
      img.src = `data:image/png;base64,${b64}`
      await img.decode()
      const c = document.createElement('canvas')
      c.width = img.naturalWidth
      c.height = img.naturalHeight
      const ctx = c.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const { data: px } = ctx.getImageData(32, 118, w, h)
      const seen = new Set<number>()
      for (let i = 0; i < px.length; i += 4 * 29)
        seen.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!)
      return seen.size
    },
    { b64: bytes.toString('base64'), ...box },
  )
}
