import { areaName, nameSeparator } from '../format/areaName'
import { ZONE_SYMBOL_FILL } from '../map/style'
import { LIGHT_THEME } from '../map/theme'
import type { LegendModel } from '../scale/legend'
import type { MessageSchema } from '../i18n/messages'
import type { Area } from '../types/pledge'
import { attrs, esc } from './escape'

/** A colour swatch as SVG (a background colour would need an inline style, which the CSP bars). */
const swatch = (colour: string) =>
  `<svg class="pr-swatch" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true">` +
  `<rect width="1" height="1"${attrs({ fill: colour })}/></svg>`
const hatchSwatch = '<span class="pr-swatch pr-swatch--nodata" aria-hidden="true"></span>'

/** The zones' nested size key, laid out as MapLegendZones.vue lays it out. */
function zoneKey(circles: NonNullable<LegendModel['zones']>['circles']): string {
  if (circles.length === 0) return ''
  const max = circles[0]?.radius ?? 0
  const bottom = 2 * max + 2
  const labelX = bottom + 10
  const width = labelX + 40
  const rows = circles.map((c) => {
    const top = Math.round((bottom - 2 * c.radius) * 10) / 10
    return (
      `<circle${attrs({ cx: max + 1, cy: Math.round((bottom - c.radius) * 10) / 10, r: Math.round(c.radius * 10) / 10, fill: ZONE_SYMBOL_FILL.light })} fill-opacity="0.5"${attrs({ stroke: LIGHT_THEME.hoverLine })} stroke-width="0.75"/>` +
      `<line${attrs({ x1: max + 1, x2: labelX - 2, y1: top, y2: top })} class="pr-tick"/>` +
      `<text${attrs({ x: labelX, y: top })} dominant-baseline="middle">${esc(c.label)}</text>`
    )
  })
  return (
    `<svg class="pr-zone-key"${attrs({ width, height: bottom + 6, viewBox: `0 -4 ${width} ${bottom + 6}` })} aria-hidden="true">` +
    `${rows.join('')}</svg>`
  )
}

function zonesBlock(zones: NonNullable<LegendModel['zones']>): string {
  const marks = [
    zones.noData &&
      `<li><svg width="24" height="16" aria-hidden="true"><circle cx="12" cy="8"${attrs({ r: zones.noData.radius, stroke: LIGHT_THEME.hoverLine })} fill="#ffffff" stroke-width="1.5"/></svg>` +
        `<span>${esc(zones.noData.label)}</span></li>`,
    zones.footprint &&
      `<li><svg width="24" height="22" aria-hidden="true"><circle cx="12" cy="11" r="9" fill="rgba(0, 0, 0, 0.04)"${attrs({ stroke: LIGHT_THEME.hoverLine })} stroke-width="1.2" stroke-dasharray="3 2"/></svg>` +
        `<span>${esc(zones.footprint)}</span></li>`,
  ].filter(Boolean)
  return (
    `<div class="pr-legend__zones"><h3>${esc(zones.title)}</h3>` +
    `<p class="pr-legend__small">${esc(zones.size)}</p>${zoneKey(zones.circles)}` +
    `<ul class="pr-legend__marks">${marks.join('')}</ul></div>`
  )
}

/**
 * Pure: the explorer's legend (MapLegend.vue) as static markup — title and unit, what is
 * compared, the classes with their ranges and counts, the no-figure hatch, the classification and
 * the zones' circle key — and the phone's one-row legend (MapLegendCompact.vue).
 */
export function renderLegend(model: LegendModel, m: MessageSchema, derived: readonly Area[]) {
  const d = model.districts
  const bins = d.entries.map(
    (e) =>
      `<li${attrs({ 'data-bin': e.index })}>${e.hatched ? hatchSwatch : swatch(e.colour)}` +
      `<span class="pr-legend__range">${esc(e.label)}</span>` +
      `<span class="pr-legend__count">${esc(e.countLabel)}</span></li>`,
  )
  const names = derived.map((a) => areaName(a, model.lang)).join(nameSeparator(model.lang))
  const full =
    `<section class="pr-legend"${attrs({ 'aria-label': m.legend.title })}>` +
    `<h2 class="pr-legend__title">${esc(model.title)} <span class="pr-legend__unit">(${esc(model.unit)})</span></h2>` +
    `<p class="pr-legend__compared">${esc(m.legend.compared[model.metric])}</p>` +
    (model.zones ? `<h3 class="pr-legend__block">${esc(d.title)}</h3>` : '') +
    `<ul class="pr-legend__bins">${bins.join('')}</ul>` +
    (names
      ? `<p class="pr-legend__derived">${esc(m.legend.derivedNote.replace('{names}', names))}</p>`
      : '') +
    `<p class="pr-legend__method">${esc(d.method)}</p>` +
    (d.note ? `<p class="pr-legend__note">${esc(d.note)}</p>` : '') +
    (model.zones ? zonesBlock(model.zones) : '') +
    `</section>`
  return full + compactLegend(model, m)
}

/** The phone's legend row: the ramp between its ends, the hatch, one zone circle. */
function compactLegend(model: LegendModel, m: MessageSchema): string {
  const entries = model.districts.entries
  const extent = model.districts.extent
  const ramp = entries.filter((e) => !e.hatched).map((e) => swatch(e.colour))
  const noData = entries.some((e) => e.hatched)
  const circles = model.zones?.circles ?? []
  const circle = circles[1] ?? circles[0]
  const size = circle ? Math.round((2 * circle.radius + 2) * 10) / 10 : 0
  return (
    `<div class="pr-compact" aria-hidden="true">` +
    `<span class="pr-compact__title">${esc(m.metricShort[model.metric])} · ${esc(model.unit)}</span>` +
    `<span class="pr-compact__row">` +
    (extent ? `<span>${esc(extent.min)}</span>` : '') +
    `<span class="pr-compact__ramp">${ramp.join('')}</span>` +
    (extent ? `<span>${esc(extent.max)}</span>` : '') +
    (noData ? '<span class="pr-swatch pr-swatch--nodata"></span>' : '') +
    (circle
      ? `<span class="pr-compact__zone"><svg${attrs({ width: size, height: size })}><circle${attrs({ cx: size / 2, cy: size / 2, r: Math.round(circle.radius * 10) / 10, fill: ZONE_SYMBOL_FILL.light })}/></svg>${esc(circle.label)}</span>`
      : '') +
    `<span class="pr-compact__more">▾</span></span></div>`
  )
}
