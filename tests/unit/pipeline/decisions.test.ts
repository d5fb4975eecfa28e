import { describe, expect, it } from 'vitest'
import { AREAS } from '../../../src/data/areas'
import { reportsToPledges } from '../../../src/pipeline/build'
import { parseDecisions, type ReportDecisions } from '../../../src/pipeline/decisions'
import { FIXTURE_META } from '../../fixtures/pledges/report'

/** A hand-written report: a 莱西市 pledge, a city-wide total and a street the registry lacks. */
const TEXT =
  '莱西市委书记:\n\n莱西市将实施总投资260亿元的58个重点项目。全市计划投资1500亿元。项目落户中云街道。'

const build = (d: Partial<ReportDecisions>) =>
  reportsToPledges(
    [
      {
        meta: FIXTURE_META,
        text: TEXT,
        decisions: { figures: [], places: [], passages: [], ...d },
      },
    ],
    AREAS,
  )
const figure = (d: Partial<ReportDecisions>, written: string) => {
  const data = build(d)
  return data.figures.find((f) => TEXT.slice(f.numberStart, f.numberEnd) === written)
}
const because = 'a reason a reviewer wrote'

describe('parseDecisions', () => {
  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['a list', '[]', /must hold an object/],
    [
      'no reason',
      '{"figures":[{"number":"260亿元","context":"总投资260亿元","action":"accept"}]}',
      /"reason" must be a non-empty string/,
    ],
    [
      'an empty reason',
      '{"places":[{"name":"中云街道","reason":" "}]}',
      /"reason" must be a non-empty string/,
    ],
    [
      'a context without its number',
      '{"figures":[{"number":"260亿元","context":"总投资","action":"accept","reason":"x"}]}',
      /must contain the number/,
    ],
    [
      'an unknown action',
      '{"figures":[{"number":"1","context":"1","action":"drop","reason":"x"}]}',
      /action must be/,
    ],
    [
      'a city figure with an area',
      '{"figures":[{"number":"1","context":"1","action":"reassign","scope":"city","areaId":"laixi","reason":"x"}]}',
      /has no areaId/,
    ],
  ])('refuses %s', (_, json, message) => {
    expect(() => parseDecisions(json, 'x.decisions.json')).toThrow(message)
  })

  it('reads a file with every kind of entry', () => {
    const d = parseDecisions(
      JSON.stringify({
        figures: [
          {
            number: '1500亿元',
            context: '计划投资1500亿元',
            action: 'reassign',
            scope: 'city',
            reason: because,
          },
          {
            number: '260亿元',
            context: '总投资260亿元',
            action: 'kind',
            kind: 'achievement',
            reason: because,
          },
        ],
        places: [{ name: '中云街道', reason: because }],
        passages: [{ action: 'disjointParts', from: '莱西市将', to: '项目。', reason: because }],
      }),
    )
    expect(d.figures.map((f) => f.action)).toEqual(['reassign', 'kind'])
    expect(d.figures[0]).toMatchObject({ areaId: null, scope: 'city' })
    expect([d.places.length, d.passages.length]).toEqual([1, 1])
  })
})

describe('decisions applied by the pipeline', () => {
  it('reassigns a figure to the city, without an area', () => {
    const f = figure(
      {
        figures: [
          {
            number: '1500亿元',
            context: '计划投资1500亿元',
            action: 'reassign',
            areaId: null,
            scope: 'city',
            reason: because,
          },
        ],
      },
      '1500亿元',
    )
    expect([f?.areaId, f?.scope, f?.attribution, f?.confidence]).toEqual([
      null,
      'city',
      'override',
      'high',
    ])
  })

  it('reassigns a figure to another area', () => {
    const f = figure(
      {
        figures: [
          {
            number: '58个',
            context: '的58个重点',
            action: 'reassign',
            areaId: 'jiaozhou',
            scope: 'area',
            reason: because,
          },
        ],
      },
      '58个',
    )
    expect([f?.areaId, f?.scope]).toEqual(['jiaozhou', 'area'])
  })

  it('marks a figure as an achievement', () => {
    const f = figure(
      {
        figures: [
          {
            number: '260亿元',
            context: '总投资260亿元',
            action: 'kind',
            kind: 'achievement',
            reason: because,
          },
        ],
      },
      '260亿元',
    )
    expect(f?.kind).toBe('achievement')
  })

  it('excludes a figure, renumbering the rest', () => {
    const data = build({
      figures: [
        { number: '260亿元', context: '总投资260亿元', action: 'exclude', reason: because },
      ],
    })
    expect(data.figures.map((f) => f.value)).not.toContain(260)
    expect([data.figures[0]?.id, data.figures[0]?.value]).toEqual([`${FIXTURE_META.id}-f001`, 58])
  })

  it('records each applied decision with its reason', () => {
    const data = build({
      figures: [{ number: '260亿元', context: '总投资260亿元', action: 'accept', reason: because }],
    })
    expect(data.problems.filter((p) => p.message.includes(because))).toHaveLength(1)
  })

  it.each([
    [
      'a figure',
      {
        figures: [
          { number: '9亿元', context: '总投资9亿元', action: 'accept' as const, reason: because },
        ],
      },
    ],
    ['a place', { places: [{ name: '中山街道', reason: because }] }],
  ])('reports a decision about %s that matches nothing as stale', (_, d) => {
    const stale = build(d).problems.filter((p) => p.message.startsWith('stale decision'))
    expect(stale.map((p) => p.severity)).toEqual(['warning'])
  })

  it('accepts a place the registry lacks, with its reason', () => {
    const data = build({ places: [{ name: '中云街道', reason: because }] })
    const p = data.problems.find((x) => x.kind === 'unknownArea')
    expect(p?.message).toContain(`accepted: ${because}`)
  })
})
