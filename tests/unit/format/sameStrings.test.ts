/**
 * The strings every pure formatter gave before the bilingual text moved into the vue-i18n
 * messages (inline snapshots written once from the old code): moving the text must not change
 * one character a reader sees, in either language.
 */
import { describe, expect, it } from 'vitest'
import {
  formatCellValue,
  formatDerived,
  formatFigureValue,
  formatHeadline,
  formatMeasure,
  formatMetricValue,
  formatPeriod,
  formatPeriodShort,
} from '../../../src/format/headline'
import { messages } from '../../../src/i18n/messages'
import { formatBound, formatMetric, formatNumber } from '../../../src/format/number'
import type { Horizon } from '../../../src/types/pledge'
import { MAP_METRICS, type Lang } from '../../../src/types/view'
import { fig, headlineWith } from '../../fixtures/pledges/figures'

const LANGS: Lang[] = ['zh', 'en']
const over = headlineWith({ value: 670.5, bound: 'over', markers: ['多'], reportId: 'r1' })
const horizons: Horizon[] = [
  { kind: 'year', text: '今年', startYear: 2023, endYear: 2023 },
  { kind: 'secondHalf', text: '下半年', startYear: 2023, endYear: 2023 },
  { kind: 'multiYear', text: '未来三年', startYear: 2022, endYear: 2024 },
  { kind: 'byYear', text: '到2026年', startYear: null, endYear: 2026 },
  { kind: 'unspecified', text: null, startYear: null, endYear: null },
]

function all(lang: Lang): string[] {
  const out: string[] = []
  for (const v of [0.123, 4.5, 45.5, 930, 3462.3, 38700, 1234567.891]) {
    out.push(formatNumber(v, lang), formatNumber(v, lang, 1), formatNumber(v, lang, 2))
    for (const m of MAP_METRICS) {
      out.push(formatMetric(m, v, lang), formatBound(m, v, lang))
      out.push(formatCellValue(m, v, over, lang), formatMetricValue(m, v, over, lang))
    }
  }
  for (const h of horizons) {
    out.push(formatPeriod(h, '2023-09-14', lang), formatPeriodShort(h, '2022-05-03', lang))
  }
  out.push(formatHeadline('investment', over, lang), formatHeadline('projects', over, lang))
  for (const m of ['portfolio', 'signed', 'started', 'spending', 'pipeline'] as const) {
    out.push(formatMeasure({ measure: m }, 'projects', lang), messages[lang].measure[m])
  }
  for (const k of ['pledge', 'achievement', 'context'] as const)
    out.push(messages[lang].figureKind[k])
  const parts = [
    fig({
      id: 'a',
      areaId: 'x',
      metric: 'investment',
      value: 290,
      qualifier: { bound: 'over', markers: ['多'], aspirational: false },
    }),
    fig({ id: 'b', areaId: 'x', metric: 'investment', value: 380 }),
  ]
  const derived = headlineWith({ value: 670, derived: true, figureIds: ['a', 'b'] })
  out.push(formatDerived('investment', derived, new Map(parts.map((f) => [f.id, f])), lang) ?? '')
  out.push(
    formatFigureValue(parts[0]!, lang),
    formatFigureValue(
      fig({ id: 'c', areaId: 'x', metric: 'investment', unit: '万元', value: 57000 }),
      lang,
    ),
  )
  return out
}

describe('formatters give the same strings as before', () => {
  it.each(LANGS)('%s', (lang) => {
    expect(all(lang).join('\n')).toMatchSnapshot()
  })
})
