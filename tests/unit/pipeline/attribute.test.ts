import { describe, expect, it } from 'vitest'
import { AREAS } from '../../../src/data/areas'
import { spanToArea } from '../../../src/pipeline/attribute'
import { textToFrames } from '../../../src/pipeline/frames'
import { textToMentions } from '../../../src/pipeline/mentions'
import { textToSegments } from '../../../src/pipeline/segment'

function areaOf(
  text: string,
  numeral: string,
  overrides: { start: number; end: number; areaId: string }[] = [],
) {
  const segments = textToSegments(text)
  const ctx = {
    text,
    segments,
    mentions: textToMentions(text, AREAS),
    frames: textToFrames(text),
    overrides,
    defaultAreaId: null,
  }
  const start = text.indexOf(numeral)
  const span = { start, end: start + numeral.length }
  const sentence = segments.sentences.find((s) => s.start <= start && span.end <= s.end) ?? span
  return spanToArea(span, sentence, ctx)
}

describe('spanToArea', () => {
  it.each([
    [
      '城阳区城阳街道党工委书记韩锡宏表示，城阳街道将推进41个重点项目建设。',
      '41',
      'chengyang-street',
    ],
    [
      '青岛开发区党员干部表示,将做好工作;攻坚王台老工业区升级改造,加快推动总投资300亿元的项目。',
      '300',
      'qetdz',
    ],
    [
      '青岛上合广场项目总建筑面积约29.5万平方米,将成为上合示范区形象品质提升的关键引擎。',
      '29.5',
      'sco-demo-zone',
    ],
    ['西海岸新区召开动员大会。今年,崂山区将新引进100个过亿元项目。', '100', 'laoshan'],
    [
      '灵山湾文化区党员干部表示,要加强招引。争取到2026年,集聚影视企业超过1300家。',
      '1300',
      'lingshanwan',
    ],
    [
      '城阳区城阳街道党工委书记韩锡宏表示，城阳街道将推进项目；放大3个双高产业园集聚效应。',
      '3个',
      'chengyang-street',
    ],
  ])('%s → %s', (text, numeral, areaId) => {
    expect(areaOf(text, numeral).areaId).toBe(areaId)
  })

  it('uses the speaker line when the paragraph names no area', () => {
    const text = '省党代表、平度市委书记谢兆村:\n\n到2026年,GDP突破1200亿元。'
    expect(areaOf(text, '1200')).toEqual({
      areaId: 'pingdu',
      scope: 'area',
      attribution: 'header',
      confidence: 'medium',
    })
  })

  it('lets an override passage win over the section', () => {
    const text = '省党代表、市北区委书记高健:\n\n达到13家。实施十大人才工程。'
    const start = text.indexOf('达到')
    const choice = areaOf(text, '13', [{ start, end: text.length, areaId: 'laoshan' }])
    expect(choice).toEqual({
      areaId: 'laoshan',
      scope: 'area',
      attribution: 'override',
      confidence: 'high',
    })
  })

  it('reports no area rather than guessing', () => {
    expect(areaOf('推进121个城市更新项目建设。', '121')).toEqual({
      areaId: null,
      scope: 'area',
      attribution: 'reportDefault',
      confidence: 'low',
    })
  })
})
