import { describe, expect, it } from 'vitest'
import {
  formatDerived,
  formatHeadline,
  formatMeasure,
  formatPeriod,
} from '../../../src/format/headline'
import type { Figure, Headline, Horizon } from '../../../src/types/pledge'
import { fig, headlineWith } from '../../fixtures/pledges/figures'

const none: Horizon = { kind: 'unspecified', text: null, startYear: null, endYear: null }

const headline = (p: Partial<Headline>): Headline =>
  headlineWith({ value: 1, reportId: 'r1', ...p })

describe('formatHeadline: the qualifier where the text writes it', () => {
  it.each([
    ['investment', headline({ value: 60, bound: 'approx', markers: ['约'] }), 'zh', '约60亿元'],
    ['investment', headline({ value: 670, bound: 'over', markers: ['多'] }), 'zh', '670多亿元'],
    ['investment', headline({ value: 760.9 }), 'zh', '760.9亿元'],
    ['investment', headline({ value: 7100 }), 'zh', '7100亿元'],
    ['projects', headline({ value: 300, bound: 'atLeast', markers: ['以上'] }), 'zh', '300个以上'],
    ['projects', headline({ value: 30, bound: 'range', low: 20 }), 'zh', '20—30个'],
    [
      'investment',
      headline({ value: 60, bound: 'approx', markers: ['约'] }),
      'en',
      'about CNY 6 bn',
    ],
    [
      'investment',
      headline({ value: 670, bound: 'over', markers: ['多'] }),
      'en',
      'over CNY 67 bn',
    ],
    [
      'projects',
      headline({ value: 300, bound: 'atLeast', markers: ['以上'] }),
      'en',
      'at least 300 projects',
    ],
  ] as const)('%s %o in %s → %s', (metric, h, lang, text) => {
    expect(formatHeadline(metric, h, lang)).toBe(text)
  })
})

describe('formatPeriod', () => {
  const y = (kind: Horizon['kind'], text: string | null, s: number | null, e: number | null) => ({
    kind,
    text,
    startYear: s,
    endYear: e,
  })
  it.each([
    [y('multiYear', '未来三年', 2022, 2024), 'zh', '2022—2024年（未来三年）'],
    [y('multiYear', '未来三年', 2022, 2024), 'en', '2022–2024 (3 years)'],
    [y('year', '新的一年', 2023, 2023), 'zh', '2023年（新的一年）'],
    [y('year', '新的一年', 2023, 2023), 'en', '2023'],
    [y('secondHalf', '下半年', 2023, 2023), 'en', 'H2 2023'],
    [y('byYear', '到2026年', null, 2026), 'zh', '到2026年'],
    [none, 'zh', '未注明期限（2022年5月报道）'],
    [none, 'en', 'no period stated (report of May 2022)'],
  ] as const)('%o in %s → %s', (h, lang, text) => {
    expect(formatPeriod(h, '2022-05-28', lang)).toBe(text)
  })
})

describe('formatDerived', () => {
  const parts = new Map<string, Figure>([
    [
      'a',
      fig({
        id: 'a',
        areaId: 'z',
        metric: 'investment',
        value: 290,
        qualifier: { bound: 'over', markers: ['多'], aspirational: false },
      }),
    ],
    ['b', fig({ id: 'b', areaId: 'z', metric: 'investment', value: 380 })],
  ])
  const sum = headline({ value: 670, figureIds: ['a', 'b'], derived: true, bound: 'over' })

  it('names the parts as written', () => {
    expect(formatDerived('investment', sum, parts, 'zh')).toBe(
      '合计：290多 + 380 亿元（2个项目清单相加）',
    )
    expect(formatDerived('investment', sum, parts, 'en')).toBe(
      'derived: over CNY 29 bn + CNY 38 bn (2 project lists added)',
    )
  })

  it('is null for a stated figure', () => {
    expect(formatDerived('investment', headline({}), parts, 'zh')).toBeNull()
  })
})

describe('formatMeasure', () => {
  it.each([
    ['investment', 'portfolio', 'en', 'project portfolio'],
    ['projects', 'portfolio', 'zh', '重点项目清单'],
    ['projects', 'started', 'en', 'new starts'],
    ['projects', 'pipeline', 'zh', '洽谈中项目'],
    ['projects', 'signed', 'en', 'new signings'],
  ] as const)('%s %s in %s → %s', (metric, measure, lang, text) => {
    expect(formatMeasure(headline({ measure }), metric, lang)).toBe(text)
  })
})
