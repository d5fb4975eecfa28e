import { describe, expect, it } from 'vitest'
import { spendingExample } from '../../../src/metrics/example'
import { headlinesFor } from '../../../src/metrics/headlines'
import { dataWith, fig } from '../../fixtures/pledges/figures'
import { rebuilt } from '../data/build'

describe('spendingExample', () => {
  it('finds 崂山区: the 930亿元 portfolio shown, the 550亿元 民生投入 beside it not added', () => {
    const ex = spendingExample(rebuilt, headlinesFor(rebuilt))
    expect(ex?.areaId).toBe('laoshan')
    expect(ex?.headline.value).toBe(930)
    expect(ex?.spending).toMatchObject({ value: 550, moneyType: 'spending' })
    expect(ex?.spending.quote).toContain('民生投入550亿元')
  })

  it('is null when no report puts a spending target beside a headline', () => {
    const data = dataWith([fig({ id: 'a', areaId: 'd', metric: 'investment', value: 9 })])
    expect(spendingExample(data, headlinesFor(data))).toBeNull()
  })
})
