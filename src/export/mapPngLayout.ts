/**
 * The PNG export's layout: a pure function from the data the map shows (areas, their colours,
 * labels, legend blocks) to a plain drawing list for a canvas of a fixed size. It does not copy
 * the screen: the map is projected anew (d3-geo Web Mercator, as the static first paint) into
 * the export's own frame, so a phone and a 4K screen export the same picture. The painter
 * (mapPng.ts) only draws the marks; tests read the layout's `labels` and `legend`.
 */
import type { MultiPolygon, Polygon } from 'geojson'
import { fitMercator } from '../compare/svgPaths'
import { placeLabels, type LabelBox } from '../map/declutter'

// The types live in mapPngTypes.ts; importers of the layout find them here too.
export type * from './mapPngTypes'
import type {
  DrawnLabel,
  LegendBlock,
  LegendKey,
  MapPngInput,
  MapPngLayout,
  Mark,
  PngLabel,
  PngZone,
} from './mapPngTypes'

const INK = '#1a1a1a'
const MUTED = '#4b5563'
const SEA = '#c9dfec'
const CONTEXT_FILL = '#ece8e0'
const CONTEXT_LINE = '#b9b2a5'
const DISTRICT_LINE = '#ffffff'
const ZONE_LINE = '#1f2937'
const SELECTED = '#b91c1c'
/** Symbols and their legend keys are drawn 1.4× the map's CSS px: the picture is seen smaller. */
const SYMBOL_SCALE = 1.4

/** Width of `text` at `size` px without a canvas: CJK glyphs are square, Latin about half. */
export function estimateWidth(text: string, size: number, bold = false): number {
  let w = 0
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.56
  return w * size * (bold ? 1.05 : 1)
}

/**
 * Where things go: title on top, sources at the foot, the legend in a column right of the map.
 * Qingdao is taller than wide in Web Mercator, so a column beside it costs the map nothing on
 * either canvas; the square one gets a narrower column.
 */
function frame(input: MapPngInput, u: number, footLines: number) {
  const pad = 32 * u
  const header = 118 * u
  const footer = (28 + 22 * footLines) * u
  const legendW = (input.width / input.height > 1.25 ? 540 : 380) * u
  return {
    pad,
    map: {
      x: pad,
      y: header,
      w: input.width - legendW - pad * 3,
      h: input.height - header - footer,
    },
    legend: { x: input.width - legendW - pad, y: header, w: legendW, columns: 1 },
  }
}

/** Pure: the whole picture as marks, with the labels it drew and the legend it wrote. */
export function layoutMapPng(input: MapPngInput): MapPngLayout {
  const u = Math.min(input.width, input.height) / 1080
  const measure = input.measure ?? estimateWidth
  // The foot (sources, export date) wraps to the canvas width; the map takes what is left.
  const foot = [...input.source, input.dateLine].flatMap((l) =>
    wrapText(l, 16 * u, input.width - 64 * u, measure),
  )
  const { pad, map, legend } = frame(input, u, foot.length)
  const marks: Mark[] = [
    { kind: 'rect', x: 0, y: 0, w: input.width, h: input.height, fill: '#ffffff' },
  ]
  const text = (
    x: number,
    y: number,
    t: string,
    size: number,
    opts: Partial<Pick<Extract<Mark, { kind: 'text' }>, 'bold' | 'colour' | 'align' | 'halo'>> & {
      maxWidth?: number
    } = {},
  ): Mark => ({
    kind: 'text',
    x,
    y,
    text: t,
    size,
    bold: opts.bold ?? false,
    colour: opts.colour ?? INK,
    align: opts.align ?? 'left',
    halo: opts.halo ?? false,
    ...(opts.maxWidth !== undefined ? { maxWidth: opts.maxWidth } : {}),
  })

  // A long title (a long metric name, English) is set smaller rather than squeezed.
  const lineW = input.width - 2 * pad
  const fit = (t: string, size: number, bold: boolean) =>
    Math.min(size, (size * lineW) / Math.max(1, measure(t, size, bold)))
  marks.push(
    text(pad, 58 * u, input.title, fit(input.title, 40 * u, true), { bold: true, maxWidth: lineW }),
  )
  marks.push(
    text(pad, 96 * u, input.subtitle, fit(input.subtitle, 22 * u, false), {
      colour: MUTED,
      maxWidth: lineW,
    }),
  )

  // The map: sea, neighbours, districts, zones, outline, labels, all clipped to its frame. The
  // projection is fitted to the frame inside the whole canvas, so paths come in canvas pixels.
  const inset = 24 * u
  const projection = fitMercator(input.bounds, input.width, input.height, {
    top: map.y + inset,
    left: map.x + inset,
    right: input.width - map.x - map.w + inset,
    bottom: input.height - map.y - map.h + inset,
  })
  const at = (p: [number, number]) => projection.project(p)
  const pathOf = (g: Polygon | MultiPolygon) => projection.path(g)
  marks.push({ kind: 'rect', ...map, fill: SEA })
  marks.push({ kind: 'clip', ...map })
  for (const c of input.context)
    marks.push({
      kind: 'path',
      d: pathOf(c.geometry),
      fill: CONTEXT_FILL,
      stroke: CONTEXT_LINE,
      lineWidth: 1 * u,
    })
  for (const a of input.districts)
    marks.push({
      kind: 'path',
      d: pathOf(a.geometry),
      fill: a.fill,
      ...(a.faded ? { alpha: 0.25 } : {}),
      stroke: DISTRICT_LINE,
      lineWidth: 1.5 * u,
    })
  // Footprints as the map draws them: a faint white veil with a dashed outline, no colour.
  for (const z of input.zones) {
    if (!z.footprint) continue
    marks.push({
      kind: 'path',
      d: pathOf(z.footprint),
      fill: '#ffffff',
      alpha: 0.14,
      stroke: ZONE_LINE,
      lineWidth: 1.5 * u,
      dash: [5 * u, 3 * u],
    })
  }
  if (input.outlineId) {
    const g =
      input.districts.find((a) => a.id === input.outlineId)?.geometry ??
      input.zones.find((z) => z.id === input.outlineId)?.footprint
    if (g)
      marks.push({ kind: 'path', d: pathOf(g), fill: null, stroke: SELECTED, lineWidth: 4 * u })
  }
  // Largest symbols first, so that a small zone next to a large one stays visible on top.
  for (const z of [...input.zones].sort((a, b) => b.radius - a.radius)) {
    const [x, y] = at(z.point)
    const outlined = z.id === input.outlineId
    marks.push({
      kind: 'circle',
      x,
      y,
      r: z.radius * SYMBOL_SCALE * u,
      fill: z.fill,
      stroke: outlined ? SELECTED : z.stroke,
      lineWidth: (outlined ? 3.5 : 1.8) * u,
    })
  }

  const placed = placeNames(input.labels, input.zones, at, u, measure, map)
  for (const l of placed.drawn) {
    marks.push(
      text(l.x, l.y + l.size * 0.36, l.text, l.size, {
        bold: l.kind !== 'context',
        colour: l.kind === 'context' ? MUTED : INK,
        align: 'center',
        halo: true,
      }),
    )
  }
  marks.push({ kind: 'unclip' })
  marks.push({ kind: 'rect', ...map, fill: 'transparent', stroke: '#9ca3af' })

  marks.push(...legendMarks(input.legend, legend, u, measure))

  let fy = input.height - (12 + 22 * foot.length) * u
  for (const line of foot) {
    fy += 22 * u
    marks.push(text(pad, fy, line, 16 * u, { colour: MUTED, maxWidth: input.width - 2 * pad }))
  }

  return {
    lang: input.lang,
    width: input.width,
    height: input.height,
    title: input.title,
    marks,
    labels: placed.drawn.map(({ id, kind, text: t, x, y }) => ({ id, kind, text: t, x, y })),
    hiddenLabels: placed.hidden,
    legend: input.legend.map((b) => ({
      id: b.id,
      title: b.title,
      items: b.items.map((i) => i.label),
    })),
    outlined: input.outlineId,
    map,
  }
}

interface Placed extends DrawnLabel {
  size: number
}

/**
 * The map's label rule in the export's pixels (`placeLabels` of src/map/declutter.ts, the one the
 * live map runs): each name centred on its label point (a zone's under its symbol, as the map's
 * CSS puts it), placed by tier then priority; a name of an area with a figure may be nudged
 * beside its point, an empty area's name is dropped on a collision. The frame's edges are walls,
 * so that no name is cut by the edge.
 */
function placeNames(
  labels: readonly PngLabel[],
  zones: readonly PngZone[],
  at: (p: [number, number]) => [number, number],
  u: number,
  measure: Measure,
  map: { x: number; y: number; w: number; h: number },
): { drawn: Placed[]; hidden: string[] } {
  const zoneRadius = new Map(zones.map((z) => [z.id, z.radius * SYMBOL_SCALE * u]))
  const named = labels.map((l) => {
    const size = (l.kind === 'district' ? 21 : l.kind === 'zone' ? 16 : 17) * u
    const [x, py] = at(l.lngLat)
    const y = l.kind === 'zone' ? py + (zoneRadius.get(l.id) ?? 10 * u) + size * 0.8 : py
    const width = measure(l.text, size, l.kind !== 'context') + 6 * u
    const box = {
      id: l.id,
      tier: l.tier,
      priority: l.priority,
      nudge: l.nudge,
      left: x - width / 2,
      right: x + width / 2,
      top: y - size * 0.6,
      bottom: y + size * 0.6,
    }
    return { label: { id: l.id, kind: l.kind, text: l.text, x, y, size }, box }
  })
  // Four walls just outside the frame, placed first; they must not touch one another (or one
  // would hide the next), so the top and bottom ones stop short of the side ones.
  const far = 1e6
  const gap = 3 * u
  const [left, top, right, bottom] = [map.x, map.y, map.x + map.w, map.y + map.h]
  const [inL, inR] = [left + gap + 1, right - gap - 1]
  const walls: LabelBox[] = [
    { id: '\u0000wall-l', left: -far, right: left, top: -far, bottom: far },
    { id: '\u0000wall-r', left: right, right: far, top: -far, bottom: far },
    { id: '\u0000wall-t', left: inL, right: inR, top: -far, bottom: top },
    { id: '\u0000wall-b', left: inL, right: inR, top: bottom, bottom: far },
  ].map((w) => ({ ...w, tier: Infinity, priority: 0 }))
  const placement = placeLabels([...walls, ...named.map((n) => n.box)], gap)
  const drawn: Placed[] = []
  const hidden: string[] = []
  for (const { label } of named) {
    if (placement.hidden.has(label.id)) {
      hidden.push(label.id)
      continue
    }
    const [dx, dy] = placement.offsets.get(label.id) ?? [0, 0]
    drawn.push({ ...label, x: label.x + dx, y: label.y + dy })
  }
  return { drawn, hidden }
}

type Measure = NonNullable<MapPngInput['measure']>

/** Splits `text` into lines no wider than `maxWidth`: at spaces in Latin, between CJK glyphs. */
export function wrapText(
  text: string,
  size: number,
  maxWidth: number,
  measure: Measure,
  bold = false,
): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uff00-\uffef][，。、；：）]?|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g,
    ) ?? []
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    const next = line + token
    if (line !== '' && measure(next.trimEnd(), size, bold) > maxWidth) {
      lines.push(line.trimEnd())
      line = token.trimStart()
    } else line = next
  }
  if (line.trim() !== '') lines.push(line.trimEnd())
  return lines
}

function keyMarks(key: LegendKey, x: number, y: number, w: number, h: number, u: number): Mark[] {
  switch (key.kind) {
    case 'box':
      return [{ kind: 'rect', x, y, w, h, fill: key.colour, stroke: '#6b7280' }]
    case 'hatch':
      return [{ kind: 'hatch', x, y, w, h }]
    case 'dot':
      return [
        {
          kind: 'circle',
          x: x + w / 2,
          y: y + h / 2,
          r: key.radius * SYMBOL_SCALE * u,
          fill: key.colour,
          stroke: key.stroke,
          lineWidth: 1.8 * u,
        },
      ]
    case 'ring':
      return [
        {
          kind: 'circle',
          x: x + w / 2,
          y: y + h / 2,
          r: h / 2,
          fill: null,
          stroke: ZONE_LINE,
          lineWidth: 1.5 * u,
          dash: [5 * u, 3 * u],
        },
      ]
    case 'outline':
      return [{ kind: 'rect', x, y, w, h, fill: 'transparent', stroke: key.colour }]
  }
}

/**
 * The legend blocks, top to bottom in as many columns as the frame has (the square layout puts
 * districts in one column, zones and the rest in the other).
 */
function legendMarks(
  blocks: readonly LegendBlock[],
  area: { x: number; y: number; w: number; columns: number },
  u: number,
  measure: Measure,
): Mark[] {
  const marks: Mark[] = []
  const gap = 28 * u
  const colW = (area.w - gap * (area.columns - 1)) / area.columns
  const ys = Array.from({ length: area.columns }, () => area.y + 4 * u)
  const line = (x: number, y: number, t: string, size: number, bold: boolean, colour: string) =>
    marks.push({ kind: 'text', x, y, text: t, size, bold, colour, align: 'left', halo: false })
  blocks.forEach((block, i) => {
    const col = Math.min(i, area.columns - 1)
    const x = area.x + col * (colW + gap)
    let y = ys[col] ?? area.y
    for (const l of wrapText(block.title, 22 * u, colW, measure, true)) {
      y += 28 * u
      line(x, y, l, 22 * u, true, INK)
    }
    y += 12 * u
    // Keys as wide as the largest symbol, rows as tall as theirs: a 500 亿 circle has room.
    const diameter = (k: LegendKey) => (k.kind === 'dot' ? 2 * k.radius * SYMBOL_SCALE * u : 0)
    const keyW = Math.max(40 * u, ...block.items.map((i) => diameter(i.key) + 4 * u))
    for (const item of block.items) {
      const keyH = Math.max(24 * u, diameter(item.key) + 4 * u)
      const lines = wrapText(item.label, 19 * u, colW - keyW - 14 * u, measure)
      const textH = lines.length * 24 * u
      const rowH = Math.max(keyH, textH)
      // Symbols centred on one axis; boxes at the left edge, as the on-screen legend.
      const round = item.key.kind === 'dot' || item.key.kind === 'ring'
      marks.push(...keyMarks(item.key, x, y + (rowH - keyH) / 2, round ? keyW : 40 * u, keyH, u))
      const top = y + (rowH - textH) / 2
      lines.forEach((l, j) =>
        line(x + keyW + 14 * u, top + 18 * u + j * 24 * u, l, 19 * u, false, INK),
      )
      y += rowH + 8 * u
    }
    for (const note of block.notes) {
      for (const l of wrapText(note, 16 * u, colW, measure)) {
        y += 21 * u
        line(x, y, l, 16 * u, false, MUTED)
      }
    }
    ys[col] = y + 26 * u
  })
  return marks
}
