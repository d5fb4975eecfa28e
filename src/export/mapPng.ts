/**
 * The PNG export's painter: draws a layout (mapPngLayout.ts) onto a new 2D canvas. Nothing is
 * decided here: every position, colour and label comes from the layout, so what a test reads
 * in the layout is what the picture shows.
 */
import type { Lang } from '../types/view'
import type { MapPngLayout, Mark } from './mapPngLayout'

/**
 * The fonts, as the app's own (base.css): Chinese text leads with a CJK font; English with the
 * system's Latin font, so that ’ and digits are not drawn with full-width CJK glyphs
 * ("Qingdao’ s"). Chinese names in an English picture fall back to the CJK font.
 */
const CJK = '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Microsoft YaHei"'
const LATIN = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial'
export const PNG_FONTS: Readonly<Record<Lang, string>> = {
  zh: `${CJK}, ${LATIN}, sans-serif`,
  en: `${LATIN}, ${CJK}, sans-serif`,
}

export const fontOf = (size: number, bold: boolean, lang: Lang) =>
  `${bold ? '600 ' : ''}${size}px ${PNG_FONTS[lang]}`

const HATCH_LINE = '#8a8a8a'
const HATCH_BACKGROUND = '#f3f3f3'

/** The no-data hatch as a repeating pattern: diagonal lines over light grey, as on the map. */
function hatchPattern(ctx: CanvasRenderingContext2D): CanvasPattern | string {
  const tile = document.createElement('canvas')
  tile.width = 8
  tile.height = 8
  const t = tile.getContext('2d')
  if (!t) return HATCH_BACKGROUND
  t.fillStyle = HATCH_BACKGROUND
  t.fillRect(0, 0, 8, 8)
  t.strokeStyle = HATCH_LINE
  t.lineWidth = 1.6
  t.beginPath()
  // Two segments so that the diagonal continues across tile edges.
  t.moveTo(0, 8)
  t.lineTo(8, 0)
  t.moveTo(-4, 4)
  t.lineTo(4, -4)
  t.moveTo(4, 12)
  t.lineTo(12, 4)
  t.stroke()
  return ctx.createPattern(tile, 'repeat') ?? HATCH_BACKGROUND
}

function paintMark(
  ctx: CanvasRenderingContext2D,
  m: Mark,
  hatch: CanvasPattern | string,
  lang: Lang,
) {
  switch (m.kind) {
    case 'rect':
      if (m.fill !== 'transparent') {
        ctx.fillStyle = m.fill
        ctx.fillRect(m.x, m.y, m.w, m.h)
      }
      if (m.stroke) {
        ctx.strokeStyle = m.stroke
        ctx.lineWidth = 1
        ctx.strokeRect(m.x + 0.5, m.y + 0.5, m.w - 1, m.h - 1)
      }
      break
    case 'hatch':
      ctx.fillStyle = hatch
      ctx.fillRect(m.x, m.y, m.w, m.h)
      ctx.strokeStyle = '#6b7280'
      ctx.lineWidth = 1
      ctx.strokeRect(m.x + 0.5, m.y + 0.5, m.w - 1, m.h - 1)
      break
    case 'clip':
      ctx.save()
      ctx.beginPath()
      ctx.rect(m.x, m.y, m.w, m.h)
      ctx.clip()
      break
    case 'unclip':
      ctx.restore()
      break
    case 'path': {
      const p = new Path2D(m.d)
      ctx.save()
      if (m.fill) {
        ctx.globalAlpha = m.alpha ?? 1
        ctx.fillStyle = m.fill === 'hatch' ? hatch : m.fill
        ctx.fill(p, 'evenodd')
        ctx.globalAlpha = 1
      }
      if (m.stroke) {
        ctx.strokeStyle = m.stroke
        ctx.lineWidth = m.lineWidth
        ctx.lineJoin = 'round'
        ctx.setLineDash(m.dash ?? [])
        ctx.stroke(p)
      }
      ctx.restore()
      break
    }
    case 'circle':
      ctx.save()
      ctx.beginPath()
      ctx.arc(m.x, m.y, m.r, 0, 2 * Math.PI)
      if (m.fill) {
        ctx.fillStyle = m.fill
        ctx.fill()
      }
      ctx.strokeStyle = m.stroke
      ctx.lineWidth = m.lineWidth
      ctx.setLineDash(m.dash ?? [])
      ctx.stroke()
      ctx.restore()
      break
    case 'text':
      ctx.font = fontOf(m.size, m.bold, lang)
      ctx.textAlign = m.align
      ctx.textBaseline = 'alphabetic'
      if (m.halo) {
        ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)'
        ctx.lineWidth = Math.max(3, m.size * 0.22)
        ctx.lineJoin = 'round'
        ctx.strokeText(m.text, m.x, m.y, m.maxWidth)
      }
      ctx.fillStyle = m.colour
      ctx.fillText(m.text, m.x, m.y, m.maxWidth)
      break
  }
}

/** Draws a layout onto a new canvas of the layout's size (device-independent pixels). */
export function paintMapPng(layout: MapPngLayout): HTMLCanvasElement {
  const canvas = document.createElement('canvas')
  canvas.width = layout.width
  canvas.height = layout.height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas')
  const hatch = hatchPattern(ctx)
  for (const m of layout.marks) paintMark(ctx, m, hatch, layout.lang)
  return canvas
}

/** Text widths from a canvas, for the layout's label boxes and line breaks. */
export function canvasMeasure(lang: Lang): (text: string, size: number, bold: boolean) => number {
  const ctx = document.createElement('canvas').getContext('2d')
  return (text, size, bold) => {
    if (!ctx) return text.length * size
    ctx.font = fontOf(size, bold, lang)
    return ctx.measureText(text).width
  }
}

/** `canvas.toBlob` as a promise. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  )
}
