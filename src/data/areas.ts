import type { Area, AreaLocation, Confidence } from '../types/pledge'

/**
 * Registry of every area the reports give pledges for. District ids match
 * `public/geo/districts.geojson`; zone locations, areas and their sources come from
 * `geo/facts/zone-facts.csv` (copied from the project's shared facts, see its source column).
 * Aliases are the names as the reports write them: the pipeline maps text to areas only
 * through these, longest name first, so short ambiguous names (董家口, 崂山) are deliberately
 * absent.
 */

const FACTS = 'geo/facts/zone-facts.csv'

function at(lat: number, lon: number, confidence: Confidence, note: string): AreaLocation {
  return { lat, lon, confidence, source: `${FACTS}: ${note}` }
}

function district(id: string, nameZh: string, nameEn: string, aliases: string[]): Area {
  return {
    id,
    nameZh,
    nameEn,
    level: 'district',
    parentId: null,
    aliases: [nameZh, ...aliases],
    location: null,
    officialArea: null,
  }
}

function zone(
  id: string,
  names: [zh: string, en: string],
  parentId: string,
  aliases: string[],
  location: AreaLocation,
  km2: number | null,
  areaSource = FACTS,
): Area {
  const [nameZh, nameEn] = names
  return {
    id,
    nameZh,
    nameEn,
    level: 'zone',
    parentId,
    aliases: [nameZh, ...aliases],
    location,
    officialArea: km2 === null ? null : { km2, source: areaSource },
  }
}

/** The ten county-level divisions (ids as in `DISTRICT_IDS`). */
export const DISTRICTS: readonly Area[] = [
  district('shinan', '市南区', 'Shinan District', []),
  district('shibei', '市北区', 'Shibei District', []),
  district('licang', '李沧区', 'Licang District', []),
  district('laoshan', '崂山区', 'Laoshan District', []),
  district('huangdao', '黄岛区', 'Huangdao District (West Coast New Area)', [
    '青岛西海岸新区',
    '西海岸新区',
  ]),
  district('chengyang', '城阳区', 'Chengyang District', []),
  district('jimo', '即墨区', 'Jimo District', ['即墨市']),
  district('jiaozhou', '胶州市', 'Jiaozhou City', []),
  district('pingdu', '平度市', 'Pingdu City', []),
  district('laixi', '莱西市', 'Laixi City', []),
]

/** Functional zones the reports quantify or report on. */
export const ZONES: readonly Area[] = [
  zone(
    'qetdz',
    ['青岛开发区', 'Qingdao Economic and Technological Development Zone'],
    'huangdao',
    ['青岛经济技术开发区'],
    at(35.9736, 120.1689, 'medium', 'Huangdao government seat used as a proxy'),
    478,
  ),
  zone(
    'dongjiakou',
    ['董家口经济区', 'Dongjiakou Economic Zone'],
    'huangdao',
    [],
    at(35.6, 119.79, 'low', 'estimated at Dongjiakou port (±5 km)'),
    235,
  ),
  zone(
    'sino-german-ecopark',
    ['中德生态园', 'Sino-German Ecopark'],
    'huangdao',
    [],
    at(36.05, 120.09, 'low', 'estimated from its bounding roads (±5 km)'),
    11.56,
  ),
  zone(
    'guzhenkou',
    ['古镇口核心区', 'Guzhenkou Core Area'],
    'huangdao',
    [],
    at(35.77, 119.97, 'low', 'estimated (university town, 滨海街道)'),
    180,
  ),
  zone(
    'lingshanwan',
    ['灵山湾影视文化产业区', 'Lingshan Bay Film and Culture Industry Zone'],
    'huangdao',
    ['灵山湾文化区'],
    at(35.895, 120.17, 'low', 'estimated on the Lingshan Bay shore'),
    44,
  ),
  zone(
    'marine-hitech',
    ['海洋高新区', 'Marine High-tech Zone (West Coast)'],
    'huangdao',
    ['青岛海洋高新区'],
    {
      lat: 35.93,
      lon: 120.03,
      confidence: 'low',
      source:
        'no source found (zone-facts.csv has none); placed on the 世纪大道 corridor the report r000 names, verify before use',
    },
    null,
  ),
  zone(
    'modern-agri',
    ['现代农业示范区', 'West Coast Modern Agriculture Demonstration Zone'],
    'huangdao',
    ['西海岸现代农业示范区'],
    at(35.84, 119.96, 'low', 'estimated at the 张家楼 core'),
    1090,
  ),
  zone(
    'transport-business',
    ['交通商务区', 'West Coast Transport and Business District'],
    'huangdao',
    ['西海岸交通商务区'],
    at(35.91, 119.96, 'low', 'estimated near Qingdao West railway station'),
    30.59,
  ),
  zone(
    'tangdaowan',
    ['唐岛湾金融科创区', 'Tangdao Bay Finance and Sci-tech Innovation Zone'],
    'huangdao',
    [],
    at(35.945, 120.185, 'low', 'Tangdao Bay (estimated)'),
    null,
  ),
  zone(
    'sco-demo-zone',
    ['上合示范区', 'China-SCO Local Economic and Trade Cooperation Demonstration Area'],
    'jiaozhou',
    [],
    at(36.22, 120.07, 'low', 'estimated on the north shore of Jiaozhou Bay'),
    108,
  ),
  zone(
    'jimo-inland-port',
    ['即墨国际陆港', 'Jimo International Inland Port'],
    'jimo',
    ['陆港蓝村'],
    at(36.39, 120.18, 'low', 'estimated at Lancun (蓝村街道)'),
    null,
  ),
]

/** Streets (街道) with figures of their own. */
export const STREETS: readonly Area[] = [
  {
    id: 'chengyang-street',
    nameZh: '城阳街道',
    nameEn: 'Chengyang Subdistrict',
    level: 'street',
    parentId: 'chengyang',
    aliases: ['城阳街道'],
    location: {
      lat: 36.307,
      lon: 120.396,
      confidence: 'low',
      source:
        'estimated: Chengyang district seat (正阳路), which lies in 城阳街道; no boundary source',
    },
    officialArea: null,
  },
]

/** All areas, districts first, in a stable order. */
export const AREAS: readonly Area[] = [...DISTRICTS, ...ZONES, ...STREETS]

/** Look up an area by id. */
export function areaById(id: string): Area | undefined {
  return AREAS.find((a) => a.id === id)
}
