import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePledges } from '../../../src/data/parsePledges'

/** A fresh copy of the committed file for each test, so one test's edit cannot leak. */
const committed = (): Record<string, Record<string, unknown>[]> =>
  JSON.parse(readFileSync('public/data/pledges.json', 'utf8'))

/** The committed file with one field of its first record of `list` changed. */
function withField(list: string, field: string, value: unknown) {
  const json = committed()
  const first = json[list]?.[0]
  if (!first) throw new Error(`no ${list} in pledges.json`)
  first[field] = value
  return json
}

const detail = (json: unknown) => {
  const r = parsePledges(json)
  return r.ok ? null : r.detail
}

describe('parsePledges', () => {
  it('accepts the committed file and keeps every field the types declare', () => {
    const json = committed()
    const r = parsePledges(json)
    if (!r.ok) throw new Error(r.detail)
    // Commitments carry the pipeline's `block` span, which the app has no type for.
    for (const c of json.commitments ?? []) delete c.block
    expect(r.value).toEqual(json)
  })

  it.each([
    ['null', null, /^Invalid type: Expected Object but received null/],
    ['a string', 'pledges', /^Invalid type: Expected Object/],
    ['a list missing', { reports: [], areas: [], figures: [] }, /^commitments: /],
  ])('refuses %s', (_, json, message) => {
    expect(detail(json)).toMatch(message)
  })

  it.each([
    ['an unknown kind', 'figures', 'kind', 'plan', /^figures\[0\]\.kind: .*"plan"/],
    ['an unknown money type', 'figures', 'moneyType', 'loan', /^figures\[0\]\.moneyType: /],
    ['an unknown count set', 'figures', 'countSet', 'maybe', /^figures\[0\]\.countSet: /],
    ['an unknown scope', 'figures', 'scope', 'world', /^figures\[0\]\.scope: /],
    ['an unknown confidence', 'figures', 'confidence', 'sure', /^figures\[0\]\.confidence: /],
    ['a non-finite value', 'figures', 'value', JSON.parse('1e999'), /^figures\[0\]\.value: /],
    ['a value as text', 'figures', 'value', '930', /^figures\[0\]\.value: .*number/],
    ['a missing quote', 'figures', 'quote', undefined, /^figures\[0\]\.quote: /],
    ['an unknown outlet basis', 'reports', 'outletBasis', 'guessed', /^reports\[0\]\.outletBasis/],
    ['an unknown area level', 'areas', 'level', 'city', /^areas\[0\]\.level: /],
    ['a problem of unknown severity', 'problems', 'severity', 'fatal', /^problems\[0\]\.severity/],
  ])('refuses %s, naming the field', (_, list, field, value, message) => {
    expect(detail(withField(list, field, value))).toMatch(message)
  })

  it('reports a nested field by its full path', () => {
    const json = committed()
    const figure = json.figures?.[0] as { horizon: { startYear: unknown } }
    figure.horizon.startYear = 'next year'
    expect(detail(json)).toMatch(/^figures\[0\]\.horizon\.startYear: /)
  })

  it.each([
    ['reportId', 'no-such-report', /figures\[0\] \(.+\)\.reportId: unknown report no-such-report/],
    ['areaId', 'no-such-area', /figures\[0\] \(.+\)\.areaId: unknown area no-such-area/],
    ['nestedIn', 'no-such-figure', /figures\[0\] \(.+\)\.nestedIn: unknown figure no-such-figure/],
    ['pairedWith', 'nope', /\.pairedWith: unknown figure nope/],
    ['duplicateOf', 'nope', /\.duplicateOf: unknown figure nope/],
  ])('refuses a figure whose %s points nowhere', (field, value, message) => {
    expect(detail(withField('figures', field, value))).toMatch(message)
  })

  it('refuses a commitment in an unknown area', () => {
    expect(detail(withField('commitments', 'areaId', 'atlantis'))).toMatch(
      /^commitments\[0\]\.areaId: unknown area atlantis/,
    )
  })
})
