/**
 * The expected headline of every district and zone, written from a read of the five reports
 * (not from the pipeline's output). If a rule change moves any of them, this fails: change the
 * table only after reading the sentence again.
 *
 * Columns: area, headline value, qualifier as written, period (kind, first and last year), what
 * it measures, derived or stated, the figure ids it comes from — and the words of the sentence
 * that state it, so an id that moved to another number fails too.
 */
import { describe, expect, it } from 'vitest'
import { filterPledges, NO_FILTER, type PledgeFilter } from '../../../src/metrics/filter'
import { headlinesFor } from '../../../src/metrics/headlines'
import type { Headline } from '../../../src/types/pledge'
import { rebuilt as all } from '../data/build'
import { seedsOnly } from '../data/seeds'

// The seed reports' headlines, whatever reports were added since.
const rebuilt = seedsOnly(all)

type Row = [
  area: string,
  value: number,
  markers: string,
  period: string,
  measure: string,
  derived: boolean,
  ids: string,
  says: string,
]
type Table = { investment: Row[]; projects: Row[] }

const DEFAULT: Table = {
  investment: [
    // 推进总投资760.9亿元的金丰公社等83个过亿元项目洽谈落地 (新的一年, r004 2023-01).
    ['licang', 760.9, '', 'year 2023-2023', 'portfolio', false, 'r004-f010', '总投资760.9亿元'],
    // 未来三年,将抓好总投资930亿元的334个城市更新项目 — not + 550亿元 民生投入 (spending).
    ['laoshan', 930, '', 'multiYear 2022-2024', 'portfolio', false, 'r001-f028', '总投资930亿元'],
    // 突出抓好总投资7100亿元的1364个重点项目建设 (no period in the text).
    ['huangdao', 7100, '', 'unspecified', 'portfolio', false, 'r001-f010', '总投资7100亿元'],
    // 年内…推进总投资674亿元的90个重点项目加快建设 (r001, 2022; r004 states no portfolio).
    ['pingdu', 674, '', 'year 2022-2022', 'portfolio', false, 'r001-f040', '总投资674亿元'],
    // 加快推动总投资300亿元的首批31个市级重点项目.
    ['qetdz', 300, '', 'unspecified', 'portfolio', false, 'r000-f002', '总投资300亿元'],
    // 下半年争取新开工项目14个、总投资420亿元 (164亿元 of 17 completions is listed, not added).
    [
      'dongjiakou',
      420,
      '',
      'secondHalf 2023-2023',
      'portfolio',
      false,
      'r003-f005',
      '总投资420亿元',
    ],
    // 加快总投资50亿元的专业化基础设施配套建设.
    ['sino-german-ecopark', 50, '', 'unspecified', 'portfolio', false, 'r003-f003', '总投资50亿元'],
    // 19个总投资290多亿元 … 20多个总投资380亿元: two disjoint lists, summed and labelled.
    [
      'marine-hitech',
      670,
      '多',
      'unspecified',
      'portfolio',
      true,
      'r000-f015 r000-f017',
      '总投资290多亿元',
    ],
    // 推动总投资约60亿元的9个城市更新建设项目.
    [
      'transport-business',
      60,
      '约',
      'unspecified',
      'portfolio',
      false,
      'r003-f009',
      '总投资约60亿元',
    ],
  ],
  projects: [
    ['licang', 83, '', 'year 2023-2023', 'pipeline', false, 'r004-f011', '83个过亿元项目洽谈'],
    [
      'laoshan',
      334,
      '',
      'multiYear 2022-2024',
      'portfolio',
      false,
      'r001-f029',
      '334个城市更新项目',
    ],
    ['huangdao', 1364, '', 'unspecified', 'portfolio', false, 'r001-f011', '1364个重点项目'],
    ['pingdu', 90, '', 'year 2022-2022', 'portfolio', false, 'r001-f041', '90个重点项目'],
    // 力争全年新签约亿元以上项目300个以上: a count without a portfolio.
    [
      'laixi',
      300,
      '以上',
      'year 2023-2023',
      'signed',
      false,
      'r004-f021',
      '新签约亿元以上项目300个以上',
    ],
    ['qetdz', 31, '', 'unspecified', 'portfolio', false, 'r000-f003', '首批31个市级重点项目'],
    ['dongjiakou', 14, '', 'secondHalf 2023-2023', 'started', false, 'r003-f004', '新开工项目14个'],
    [
      'marine-hitech',
      39,
      '多',
      'unspecified',
      'portfolio',
      true,
      'r000-f014 r000-f016',
      '19个总投资',
    ],
    [
      'transport-business',
      9,
      '',
      'unspecified',
      'portfolio',
      false,
      'r003-f010',
      '9个城市更新建设项目',
    ],
  ],
}

/** This-year targets: a part stands alone once its multi-year parent is filtered out. */
const THIS_YEAR: Table = {
  investment: [
    ['licang', 760.9, '', 'year 2023-2023', 'portfolio', false, 'r004-f010', '总投资760.9亿元'],
    // 今年重点推进总投资736亿元的194个项目 — never + 57亿元 of this year's livelihood spending.
    ['laoshan', 736, '', 'year 2022-2022', 'portfolio', false, 'r001-f030', '总投资736亿元'],
    ['pingdu', 674, '', 'year 2022-2022', 'portfolio', false, 'r001-f040', '总投资674亿元'],
    [
      'dongjiakou',
      420,
      '',
      'secondHalf 2023-2023',
      'portfolio',
      false,
      'r003-f005',
      '总投资420亿元',
    ],
  ],
  projects: [
    ['licang', 83, '', 'year 2023-2023', 'pipeline', false, 'r004-f011', '83个过亿元项目洽谈'],
    ['laoshan', 194, '', 'year 2022-2022', 'portfolio', false, 'r001-f031', '736亿元的194个项目'],
    ['pingdu', 90, '', 'year 2022-2022', 'portfolio', false, 'r001-f041', '90个重点项目'],
    [
      'laixi',
      300,
      '以上',
      'year 2023-2023',
      'signed',
      false,
      'r004-f021',
      '新签约亿元以上项目300个以上',
    ],
    ['dongjiakou', 14, '', 'secondHalf 2023-2023', 'started', false, 'r003-f004', '新开工项目14个'],
  ],
}

/** Multi-year programmes: 崂山's three-year portfolio only (550亿元 is spending). */
const MULTI_YEAR: Table = {
  investment: [
    ['laoshan', 930, '', 'multiYear 2022-2024', 'portfolio', false, 'r001-f028', '总投资930亿元'],
  ],
  projects: [
    [
      'laoshan',
      334,
      '',
      'multiYear 2022-2024',
      'portfolio',
      false,
      'r001-f029',
      '334个城市更新项目',
    ],
  ],
}

const VIEWS: [string, PledgeFilter, Table][] = [
  ['default', NO_FILTER, DEFAULT],
  ['this year (#h=year)', { ...NO_FILTER, horizon: 'year' }, THIS_YEAR],
  ['multi-year (#h=multi)', { ...NO_FILTER, horizon: 'multi' }, MULTI_YEAR],
]

const period = (h: Headline): string =>
  h.horizon.kind === 'unspecified'
    ? 'unspecified'
    : `${h.horizon.kind} ${h.horizon.startYear}-${h.horizon.endYear}`

const shown = rebuilt.areas.filter((a) => a.level !== 'street')

describe.each(VIEWS)('headline of every district and zone, %s view', (_, filter, table) => {
  const data = filterPledges(rebuilt, filter)
  const headlines = headlinesFor(data)
  const quoteOf = (id: string) => data.figures.find((f) => f.id === id)?.quote ?? ''

  for (const metric of ['investment', 'projects'] as const) {
    const rows = new Map(table[metric].map((r) => [r[0], r]))
    it.each(shown.map((a) => a.id))(`${metric} of %s`, (areaId) => {
      const h = headlines[areaId]?.[metric] ?? null
      const row = rows.get(areaId)
      if (!row) {
        expect(h, 'no figure reported, never zero').toBeNull()
        return
      }
      const [, value, markers, when, measure, derived, ids, says] = row
      expect(h).not.toBeNull()
      expect({
        value: h!.value,
        markers: h!.markers.join(''),
        period: period(h!),
        measure: h!.measure,
        derived: h!.derived,
        ids: h!.figureIds.join(' '),
      }).toEqual({ value, markers, period: when, measure, derived, ids })
      expect(quoteOf(h!.figureIds[0]!)).toContain(says)
    })
  }
})
