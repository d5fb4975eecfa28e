import type { Span } from '../types/pledge'

/**
 * Segmentation of a report by its own structure: lines become paragraphs; zone headers
 * (`青岛开发区>>`), speaker lines (`省党代表、崂山区委书记张元升:`) and headings open sections;
 * body paragraphs broken by page layout mid-sentence are joined into blocks; blocks split into
 * sentences at 。！？；;.
 */

/** Role of a line. */
export type ParagraphKind = 'zoneHeader' | 'speaker' | 'heading' | 'body'

export interface Paragraph extends Span {
  kind: ParagraphKind
}

/** Consecutive body paragraphs that form one run of text (a sentence may cross a line break). */
export interface Block extends Span {
  section: number
}

/** A section opened by a header line (or the report start). */
export interface Section extends Span {
  kind: ParagraphKind | 'start'
  header: Span | null
}

export interface Sentence extends Span {
  block: number
}

export interface Segments {
  paragraphs: Paragraph[]
  sections: Section[]
  blocks: Block[]
  sentences: Sentence[]
}

const SPEAKER = /^[^。“”]{4,80}(书记|主任|部长|局长)[\u4e00-\u9fa5]{2,4}[:：]$/
const TERMINAL = /[。！？!?”；;:：…)）]$/
/** Lines longer than this that end without punctuation were cut by the page layout. */
const MIN_BROKEN_LINE = 30

function classify(line: string): ParagraphKind {
  if (/>>$/.test(line)) return 'zoneHeader'
  if (SPEAKER.test(line)) return 'speaker'
  if (/^#+ /.test(line)) return 'heading'
  if (line.length <= MIN_BROKEN_LINE && !/[。！？；;]/.test(line)) return 'heading'
  return 'body'
}

/** Split a report into non-blank lines with their role. */
export function textToParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = []
  const re = /[^\n]+/g
  for (const m of text.matchAll(re)) {
    const raw = m[0]
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed.length === 0) continue
    const start = m.index + lead
    out.push({ start, end: start + trimmed.length, kind: classify(trimmed) })
  }
  return out
}

/** Group paragraphs into sections (at headers) and blocks (joined broken lines). */
export function paragraphsToStructure(
  text: string,
  paragraphs: Paragraph[],
): { sections: Section[]; blocks: Block[] } {
  const sections: Section[] = [{ start: 0, end: text.length, kind: 'start', header: null }]
  const blocks: Block[] = []
  let open: Block | null = null
  let prev: ParagraphKind = 'body'
  for (const p of paragraphs) {
    // A heading right under a zone header or speaker line is its subtitle, not a new section.
    const subtitle: boolean = p.kind === 'heading' && (prev === 'speaker' || prev === 'zoneHeader')
    prev = subtitle ? prev : p.kind
    if (subtitle) continue
    if (p.kind !== 'body') {
      const last = sections[sections.length - 1]
      if (last) last.end = p.start
      sections.push({ start: p.start, end: text.length, kind: p.kind, header: { ...p } })
      open = null
      continue
    }
    const line = text.slice(p.start, p.end)
    if (open) open.end = p.end
    else {
      open = { start: p.start, end: p.end, section: sections.length - 1 }
      blocks.push(open)
    }
    if (TERMINAL.test(line) || line.length <= MIN_BROKEN_LINE) open = null
  }
  return { sections, blocks }
}

/** Split blocks into sentences ending at 。！？；; (a closing quote stays with its sentence). */
export function blocksToSentences(text: string, blocks: Block[]): Sentence[] {
  const out: Sentence[] = []
  blocks.forEach((b, i) => {
    const body = text.slice(b.start, b.end)
    const re = /[^。！？!?；;]+(?:[。！？!?；;]+[”’」]?)?/g
    for (const m of body.matchAll(re)) {
      const lead = m[0].length - m[0].trimStart().length
      const s = m[0].trim()
      if (s.length === 0) continue
      const start = b.start + m.index + lead
      out.push({ start, end: start + s.length, block: i })
    }
  })
  return out
}

/** All segmentation stages at once. */
export function textToSegments(text: string): Segments {
  const paragraphs = textToParagraphs(text)
  const { sections, blocks } = paragraphsToStructure(text, paragraphs)
  return { paragraphs, sections, blocks, sentences: blocksToSentences(text, blocks) }
}
