import { describe, expect, it } from 'vitest'
import { textToParagraphs, textToSegments } from '../../../src/pipeline/segment'

describe('textToParagraphs', () => {
  it.each([
    ['青岛开发区>>', 'zoneHeader'],
    ['省党代表、崂山区委书记张元升:', 'speaker'],
    ['省党代表,市委常委,胶州市委书记,上合示范区党委书记、管委会主任张新竹:', 'speaker'],
    ['## 力争取得新突破', 'heading'],
    ['全力打造全国开发区 高质量发展新标杆', 'heading'],
    ['开局定后势。', 'body'],
  ])('%s is a %s', (line, kind) => {
    expect(textToParagraphs(line)[0]?.kind).toBe(kind)
  })
})

describe('textToSegments', () => {
  const long = '要把学习贯彻党的二十大精神与实际工作结合起来,抓实双招双引,灵山湾文化区党员干部表'

  it('joins a body line cut without punctuation to the next', () => {
    const text = `${long}\n\n示,要打造中国影视科技高地。`
    const { blocks, sentences } = textToSegments(text)
    expect(blocks).toHaveLength(1)
    expect(sentences).toHaveLength(1)
  })

  it('keeps a finished paragraph and the next apart', () => {
    const { blocks } = textToSegments('开局定后势。\n\n青岛强,区市必须强。')
    expect(blocks).toHaveLength(2)
  })

  it('splits sentences at 。 and ；, keeping a closing quote', () => {
    const text = '“我们将打造3个千亿级产业集群。”城阳街道将推进41个项目；狠抓实体经济。'
    const s = textToSegments(text).sentences.map((x) => text.slice(x.start, x.end))
    expect(s).toEqual([
      '“我们将打造3个千亿级产业集群。”',
      '城阳街道将推进41个项目；',
      '狠抓实体经济。',
    ])
  })

  it('opens a section at a speaker line and keeps its subtitle in it', () => {
    const text = '省党代表、市南区委书记王锋:\n在建设核心区中开新局\n\n市南区将制定三年行动方案。'
    const { sections } = textToSegments(text)
    expect(sections.map((s) => s.kind)).toEqual(['start', 'speaker'])
  })
})
