import { describe, expect, it } from 'vitest'
import { AREAS } from '../../../src/data/areas'
import { searchAreas } from '../../../src/scale/searchAreas'

describe('searchAreas on the real registry', () => {
  it.each([
    ['崂山', 'laoshan'],
    ['Laoshan', 'laoshan'],
    ['laoshan', 'laoshan'],
    ['LAO SHAN', 'laoshan'],
    ['西海岸', 'huangdao'],
    ['开发区', 'qetdz'],
    ['即墨市', 'jimo'],
    ['Jiaozhou', 'jiaozhou'],
  ])('%s finds %s first', (query, id) => {
    expect(searchAreas(AREAS, query)[0]?.area.id).toBe(id)
  })
  it('finds nothing for an empty or unknown query', () => {
    expect(searchAreas(AREAS, '  ')).toEqual([])
    expect(searchAreas(AREAS, '火星')).toEqual([])
  })
})
