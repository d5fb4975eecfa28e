/**
 * The PNG export of the map, in two steps like the rest of the app: a pure layout that turns
 * the legend, title and source line into plain drawing marks, and a thin painter that draws
 * those marks and the map canvas onto a 2D canvas.
 */
import type { ColourBin } from '../scale/choropleth'

/** One legend entry: a colour swatch (or the no-data hatch) and its range. */
export interface LegendEntry {
  colour: string | 'hatch'
  label: string
}

/** The legend as on screen: one entry per colour bin, the hatched no-data bin as the hatch. */
export function legendEntriesOf(
  bins: readonly ColourBin[],
  label: (bin: ColourBin) => string,
): LegendEntry[] {
  return bins.map((bin) => ({
    colour: bin.pattern === 'hatch' ? 'hatch' : bin.colour,
    label: label(bin),
  }))
}

export interface MapPngInput {
  /** Size of the map canvas in device pixels. */
  mapWidth: number
  mapHeight: number
  /** Device pixel ratio the map was drawn at; text and margins scale with it. */
  scale: number
  title: string
  subtitle: string
  legendTitle: string
  legendEntries: readonly LegendEntry[]
  /** Method, unit, schematic-zones note: short lines under the legend. */
  legendNotes: readonly string[]
  source: string
  /** "Exported 2026-11-23 · map data of …" */
  dateLine: string
}

export type Mark =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string }
  | { kind: 'hatch'; x: number; y: number; w: number; h: number }
  | { kind: 'map'; x: number; y: number; w: number; h: number }
  | {
      kind: 'text'
      x: number
      y: number
      text: string
      size: number
      weight: 'normal' | 'bold'
      colour: string
      maxWidth: number
    }

export interface MapPngLayout {
  width: number
  height: number
  marks: Mark[]
}

const INK = '#1a1a1a'
const MUTED = '#555555'

/** Pure: where everything goes. The legend is a column to the right of the map. */
export function layoutMapPng(input: MapPngInput): MapPngLayout {
  const s = input.scale
  const pad = 16 * s
  const header = 64 * s
  const footer = 48 * s
  const legendWidth = 300 * s
  const width = Math.round(input.mapWidth + legendWidth + pad * 3)
  const line = 22 * s
  const legendHeight =
    40 * s + input.legendEntries.length * line + 12 * s + input.legendNotes.length * 18 * s
  const height = Math.round(header + Math.max(input.mapHeight, legendHeight) + footer)
  const marks: Mark[] = [{ kind: 'rect', x: 0, y: 0, w: width, h: height, fill: '#ffffff' }]
  const text = (
    x: number,
    y: number,
    t: string,
    size: number,
    weight: 'normal' | 'bold' = 'normal',
    colour = INK,
    maxWidth = width - x - pad,
  ): Mark => ({ kind: 'text', x, y, text: t, size: size * s, weight, colour, maxWidth })

  marks.push(text(pad, 30 * s, input.title, 22, 'bold'))
  marks.push(text(pad, 52 * s, input.subtitle, 14, 'normal', MUTED))
  marks.push({ kind: 'map', x: pad, y: header, w: input.mapWidth, h: input.mapHeight })
  marks.push({
    kind: 'rect',
    x: pad,
    y: header,
    w: input.mapWidth,
    h: input.mapHeight,
    fill: 'transparent',
    stroke: '#999999',
  })

  const lx = pad * 2 + input.mapWidth
  let y = header + 18 * s
  marks.push(text(lx, y, input.legendTitle, 15, 'bold', INK, legendWidth))
  y += 16 * s
  for (const entry of input.legendEntries) {
    const box = { x: lx, y, w: 28 * s, h: 16 * s }
    marks.push(
      entry.colour === 'hatch'
        ? { kind: 'hatch', ...box }
        : { kind: 'rect', ...box, fill: entry.colour, stroke: '#666666' },
    )
    marks.push(text(lx + 36 * s, y + 13 * s, entry.label, 13, 'normal', INK, legendWidth - 36 * s))
    y += line
  }
  y += 12 * s
  for (const note of input.legendNotes) {
    marks.push(text(lx, y, note, 11, 'normal', MUTED, legendWidth))
    y += 18 * s
  }

  const fy = header + Math.max(input.mapHeight, legendHeight)
  marks.push(text(pad, fy + 20 * s, input.source, 12, 'normal', MUTED))
  marks.push(text(pad, fy + 38 * s, input.dateLine, 12, 'normal', MUTED))
  return { width, height, marks }
}

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'

/** Draws a layout with the map canvas (which must keep its drawing buffer) onto a new canvas. */
export function paintMapPng(layout: MapPngLayout, map: CanvasImageSource): HTMLCanvasElement {
  const canvas = document.createElement('canvas')
  canvas.width = layout.width
  canvas.height = layout.height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas')
  for (const m of layout.marks) {
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
        ctx.fillStyle = '#f2f2f2'
        ctx.fillRect(m.x, m.y, m.w, m.h)
        ctx.save()
        ctx.beginPath()
        ctx.rect(m.x, m.y, m.w, m.h)
        ctx.clip()
        ctx.strokeStyle = '#8c8c8c'
        for (let d = -m.h; d < m.w; d += 6) {
          ctx.beginPath()
          ctx.moveTo(m.x + d, m.y + m.h)
          ctx.lineTo(m.x + d + m.h, m.y)
          ctx.stroke()
        }
        ctx.restore()
        ctx.strokeStyle = '#666666'
        ctx.strokeRect(m.x + 0.5, m.y + 0.5, m.w - 1, m.h - 1)
        break
      case 'map':
        ctx.drawImage(map, m.x, m.y, m.w, m.h)
        break
      case 'text':
        ctx.fillStyle = m.colour
        ctx.font = `${m.weight === 'bold' ? '600 ' : ''}${m.size}px ${FONT}`
        ctx.fillText(m.text, m.x, m.y, m.maxWidth)
        break
    }
  }
  return canvas
}

/** `canvas.toBlob` as a promise. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  )
}
