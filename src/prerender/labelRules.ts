import { LABEL_PAD, placeStaticLabels, type MeasuredLabel } from '../map/staticMap'

/** A district label of the prerendered map: where it is as a fraction of the map's box. */
export interface PrerenderLabel {
  id: string
  fx: number
  fy: number
  zh: string
  en: string
  km2: number
  hasData: boolean
}

/** The labels' type (prerender.css .pr-label-zh / -en: 0.85rem bold over 0.68rem), in px. */
const ZH_PX = 13.6
const EN_PX = 10.88
/** A Latin letter's mean advance in the sans-serif the page uses, in em (measured: 0.53–0.58). */
const LATIN_EM = 0.58
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u

/** A line's width in px: a Chinese character is one em, a Latin letter a mean advance. */
export function lineWidth(text: string, px: number): number {
  let em = 0
  for (const ch of text) em += WIDE.test(ch) ? 1 : LATIN_EM
  return em * px
}

/**
 * The label's box with the map `width` × `height` px: the Chinese line's baseline on the label
 * point, the English line 1.1 em below it (mapSvg.ts), centred, padded as the live labels.
 */
export function labelBox(label: PrerenderLabel, width: number, height: number): MeasuredLabel {
  const w = Math.max(lineWidth(label.zh, ZH_PX), lineWidth(label.en, EN_PX))
  const top = label.fy * height - ZH_PX * 0.92
  const bottom = label.fy * height + EN_PX * 1.1 + EN_PX * 0.25
  return {
    id: label.id,
    x: label.fx * width - w / 2 - LABEL_PAD.x,
    y: top - LABEL_PAD.y,
    width: w + 2 * LABEL_PAD.x,
    height: bottom - top + 2 * LABEL_PAD.y,
  }
}

const SAFE_ID = /^[a-z0-9_-]+$/i
const px = (n: number) => `${Math.round(n * 10) / 10}px`

/**
 * Pure: the stylesheet rules that declutter the prerendered labels. Their positions scale with
 * the map while their type does not, so which names collide depends on the map's size, unknown
 * at build time: the live map's rule (`placeStaticLabels`) is run at every `step` px of map
 * width, and each run of widths with the same result becomes one container query on the map's
 * frame (prerender.css `.pr-frame`), whose drawn width is min(width, height × aspect). A range
 * takes the placement of its narrowest width, the most crowded.
 */
export function labelRules(
  labels: readonly PrerenderLabel[],
  aspect: number,
  { from = 160, to = 1600, step = 20 } = {},
): string {
  for (const l of labels) if (!SAFE_ID.test(l.id)) throw new Error(`label id "${l.id}"`)
  const km2 = new Map(labels.map((l) => [l.id, l.km2]))
  const data = new Set(labels.filter((l) => l.hasData).map((l) => l.id))
  const runs: { from: number; css: string }[] = []
  for (let w = from; w <= to; w += step) {
    const boxes = labels.map((l) => labelBox(l, w, w / aspect))
    const { hidden, offsets } = placeStaticLabels(boxes, km2, (id) => data.has(id), new Set())
    const sel = (id: string) => `.pr-labels [data-label-for="${id}"]`
    const rules = [
      hidden.size > 0 ? `${[...hidden].sort().map(sel).join(',')}{visibility:hidden}` : '',
      ...[...offsets]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, [dx, dy]]) => `${sel(id)}{transform:translate(${px(dx)},${px(dy)})}`),
    ].join('')
    if (runs.at(-1)?.css !== rules) runs.push({ from: w, css: rules })
  }
  return runs
    .map((run, i) => {
      if (run.css === '') return ''
      const next = runs[i + 1]?.from
      const above =
        i === 0 ? [] : [`(width>=${px(run.from)}) and (height>=${px(run.from / aspect)})`]
      const below =
        next === undefined ? [] : [`((width<${px(next)}) or (height<${px(next / aspect)}))`]
      const query = [...above, ...below].join(' and ') || '(width>=0px)'
      return `@container ${query}{${run.css}}`
    })
    .join('\n')
}
