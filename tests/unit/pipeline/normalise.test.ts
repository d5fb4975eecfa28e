/**
 * Normalisation before parsing, on short sentences written for these tests: full-width forms,
 * separators, range marks and traditional characters, with every offset kept, so a quote sliced
 * from the original at the parsed offsets is the original's text.
 */
import { describe, expect, it } from 'vitest'
import { AREAS } from '../../../src/data/areas'
import { reportsToPledges } from '../../../src/pipeline/build'
import { textToExcludedSpans } from '../../../src/pipeline/exclusions'
import { textToNormalised, traditionalToSimplified } from '../../../src/pipeline/normalise'
import { textToNumbers } from '../../../src/pipeline/numbers'
import { FIXTURE_META } from '../../fixtures/pledges/report'

function parse(original: string) {
  const text = textToNormalised(original)
  return textToNumbers(text, textToExcludedSpans(text))
}

describe('textToNormalised', () => {
  it.each([
    ['总投资１２３亿元', '总投资123亿元'],
    ['总投资１．５亿元，增长８％', '总投资1.5亿元，增长8%'],
    ['总投资1，200亿元', '总投资1,200亿元'],
    ['每年新建20～30个', '每年新建20-30个'],
    ['每年新建20—30个', '每年新建20-30个'],
    ['每年新建20–30个', '每年新建20-30个'],
    ['每年新建20~30个', '每年新建20-30个'],
    ['建设二十—三十个', '建设二十-三十个'],
    ['約50億元', '约50亿元'],
    ['青島市嶗山區總投資', '青岛市崂山区总投资'],
    ['推進項目建設，衞生', '推进项目建设，卫生'],
    ['聚力發展「5+5+7」重點產業', '聚力发展“5+5+7”重点产业'],
    ['５Ｇ基站', '5G基站'],
  ])('%s → %s', (original, normalised) => {
    expect(textToNormalised(original)).toBe(normalised)
  })

  it.each([
    ['a Chinese comma stays (clause rules read it)', '项目14个，总投资420亿元；'],
    ['punctuation stays', '加快建设！是否？（一）：'],
    ['a dash that is not between numerals stays', '城市更新——老旧小区'],
    ['a comma before a list of numbers stays', '分别为12，3456'],
    ['simplified text stays', '崂山区今年将推进总投资120亿元的30个重点项目。成效显著'],
  ])('leaves it alone: %s', (_why, text) => {
    expect(textToNormalised(text)).toBe(text)
  })

  it.each([
    '青島市嶗山區今年將推進總投資約50億元的30個重點項目，著力發展後勤產業。',
    '總投資１．２萬億元，新簽約項目２０～３０個，佔地１，２００畝。',
    '乾隆年間的臺灣，頭髮與皇后',
  ])('keeps the length of %s, so offsets are the original’s', (text) => {
    expect(textToNormalised(text)).toHaveLength(text.length)
  })

  it('keeps a character whose conversion would change the length', () => {
    // A surrogate pair stays a surrogate pair: the per-character fallback never shifts offsets.
    const text = '𠮷野家\n項目'
    expect(traditionalToSimplified(text)).toHaveLength(text.length)
  })
})

describe('numbers in the original text', () => {
  it.each([
    ['总投资１２３亿元。', 123, '亿元', '１２３'],
    ['计划投资1,200亿元。', 1200, '亿元', '1,200'],
    ['计划投资1，200亿元。', 1200, '亿元', '1，200'],
    ['總投資約50億元。', 50, '亿元', '50'],
    ['總投資１．２萬億元。', 12000, '亿元', '１．２萬'],
    ['新建２０～３０個項目。', 30, '个', '２０～３０'],
    ['流轉土地５０畝。', 50, '亩', '５０'],
  ])('%s → %d %s, spanning %s in the original', (original, value, unit, written) => {
    const [n] = parse(original)
    expect(n).toMatchObject({ value, unit })
    expect(original.slice(n?.digits.start, n?.digits.end)).toBe(written)
  })
})

describe('the whole pipeline on a traditional-character report', () => {
  const sentence = '嶗山區今年將推進總投資約50億元的30個重點項目，新簽約項目２０～３０個。'
  const text = `\n標題\n\n${sentence}\n`
  const data = reportsToPledges(
    [{ meta: { ...FIXTURE_META, dateAnchors: ['標題'], outletAnchors: [] }, text }],
    AREAS,
    [],
  )

  it.each([
    ['50', 50, null, '亿元', 'investment', 'approx'],
    ['30', 30, null, '个', 'projectCount', 'exact'],
    ['２０～３０', 30, 20, '个', 'projectCount', 'range'],
  ] as const)(
    'keeps %s with its unit, metric and area',
    (numberText, value, low, unit, metric, bound) => {
      const f = data.figures.find((x) => x.numberText === numberText)
      expect(f).toMatchObject({ value, low, unit, metric, areaId: 'laoshan' })
      expect(f?.qualifier.bound).toBe(bound)
    },
  )

  it('quotes the original text exactly at its offsets', () => {
    expect(data.figures.length).toBeGreaterThan(0)
    for (const f of data.figures) {
      expect(f.quote).toBe(text.slice(f.start, f.end))
      expect(text.slice(f.numberStart, f.numberEnd)).toContain(f.numberText)
    }
    expect(data.figures[0]?.quote).toBe(sentence)
  })

  it('reports no numeral as neither extracted nor excluded', () => {
    expect(data.problems.filter((p) => p.kind === 'unparsedNumber')).toEqual([])
  })
})

describe('numeral coverage sees full-width digits', () => {
  it('reports a full-width numeral with no unit, as written', () => {
    const text = '\n标题\n\n崂山区推进编号Ａ７地块建设。\n'
    const data = reportsToPledges(
      [{ meta: { ...FIXTURE_META, outletAnchors: [] }, text }],
      AREAS,
      [],
    )
    const messages = data.problems.filter((p) => p.kind === 'unparsedNumber').map((p) => p.message)
    expect(messages).toEqual(['numeral ７ neither extracted nor excluded'])
  })
})
