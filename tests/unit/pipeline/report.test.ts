import { describe, expect, it } from 'vitest'
import { AREAS } from '../../../src/data/areas'
import { reportToExtract } from '../../../src/pipeline/report'
import { FIXTURE_META, FIXTURE_TEXT } from '../../fixtures/pledges/report'

describe('reportToExtract: outlet evidence', () => {
  it('locates each outlet anchor as a span of the text', () => {
    const { report } = reportToExtract(FIXTURE_META, FIXTURE_TEXT, AREAS, [])
    const quoted = report.outletEvidenceSpans.map((s) => FIXTURE_TEXT.slice(s.start, s.end))
    expect(quoted).toEqual(['省党代表、崂山区委书记张元升'])
  })

  it('carries the outlet basis of the metadata', () => {
    const { report } = reportToExtract(FIXTURE_META, FIXTURE_TEXT, AREAS, [])
    expect(report.outletBasis).toBe('inferred')
  })

  it('warns of an outlet anchor that is not in the text', () => {
    const meta = { ...FIXTURE_META, outletAnchors: ['□本报记者'] }
    const { problems } = reportToExtract(meta, FIXTURE_TEXT, AREAS, [])
    expect(problems.filter((p) => p.severity === 'warning').map((p) => p.message)).toContain(
      'outlet evidence not found: □本报记者',
    )
  })
})
