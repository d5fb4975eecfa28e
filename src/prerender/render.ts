import { parseDistricts } from '../data/parseGeo'
import { parsePledges } from '../data/parsePledges'
import { messages } from '../i18n/messages'
import type { DistrictCollection } from '../types/geo'
import type { PledgeData } from '../types/pledge'
import { esc } from './escape'
import { labelRules } from './labelRules'
import { renderLegend } from './legend'
import { renderMap } from './mapSvg'
import { prerenderModel } from './model'

export interface PrerenderInput {
  districts: DistrictCollection
  data: PledgeData
}

export interface Prerendered {
  /** `<div id="prerender">…</div>`: header, map, legend and panel, for the top of <body>. */
  html: string
  /** Width ÷ height of the map's drawing box (the stylesheet's `--pr-aspect`). */
  aspect: number
  /** Container queries that declutter the labels at each map size (see {@link labelRules}). */
  labelCss: string
}

/**
 * Pure: the app's first screen in the default view as static markup, drawn from the data through
 * the app's own functions (see {@link prerenderModel}). The page is zh-CN: the legend is in
 * Chinese, the labels and title in both languages. It paints with the HTML, before any script,
 * and stays the page when JavaScript is off (the <noscript> note says what needs it).
 */
export function renderPrerender(input: PrerenderInput): Prerendered {
  const model = prerenderModel(input.districts, input.data)
  const zh = messages.zh
  const en = messages.en
  const map = renderMap(model, `${zh.app.title} · ${en.app.title}：${model.legend.title}`)
  const html =
    `<div id="prerender" class="pr" data-testid="prerender">` +
    `<header class="pr-header"><div class="pr-titles">` +
    `<h1 class="pr-title">${esc(zh.app.title)} <span class="pr-title-en" lang="en">${esc(en.app.title)}</span></h1>` +
    `<p class="pr-subtitle">${esc(zh.app.subtitle)}</p></div></header>` +
    `<div class="pr-main">` +
    `<div class="pr-area"><div class="pr-frame">${map.svg}</div>` +
    `<div class="pr-cover" data-testid="prerender-legend">` +
    `${renderLegend(model.legend, zh, model.derived)}</div></div>` +
    `<aside class="pr-panel"><p class="pr-handle" aria-hidden="true">${esc(zh.panel.expand)}</p>` +
    `<noscript><p class="pr-noscript" data-testid="prerender-noscript">${esc(zh.app.noScript)} ` +
    `<span lang="en">${esc(en.app.noScript)}</span></p></noscript></aside>` +
    `</div></div>`
  return { html, aspect: map.aspect, labelCss: labelRules(map.labels, map.aspect) }
}

/** Parses the two data files as the app does and renders them; a bad file fails the build. */
export function prerenderFiles(geoJson: unknown, pledgesJson: unknown): Prerendered {
  const districts = parseDistricts(geoJson)
  if (!districts.ok) throw new Error(`districts.geojson: ${districts.detail}`)
  const data = parsePledges(pledgesJson)
  if (!data.ok) throw new Error(`pledges.json: ${data.detail}`)
  return renderPrerender({ districts: districts.value, data: data.value })
}
