/**
 * The peer: the app's choropleth made the way Chinese dashboards usually make it, with an ECharts
 * `map` series. Same GeoJSON and values as the app, same class breaks and colours; it sets the
 * same User Timing marks as the app ('choropleth-paint', 'map-interactive').
 */
import { echarts, ECHARTS_VARIANT } from './echarts-core'
import { classify } from '../../src/scale/classify'
import { paletteColours } from '../../src/scale/palette'
import { parsePledges } from '../../src/data/parsePledges'
import { peerValues } from './values'
import { visualMapPieces } from './pieces'

/** Districts without a reported figure (the app hatches them; a dashboard greys them out). */
const NO_DATA = '#dddddd'

interface DistrictProps {
  id: string
  nameZh: string
}
interface Districts {
  features: { properties: DistrictProps }[]
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url)
  if (!res.ok) return null
  return (await res.json()) as unknown
}

async function main(): Promise<void> {
  const el = document.getElementById('chart')
  if (!el) throw new Error('#chart missing')
  const [geojson, data] = await Promise.all([
    fetchJson('../geo/districts.geojson'),
    fetchJson('../data/pledges.json').catch(() => null),
  ])
  const districts = geojson as Districts
  const ids = districts.features.map((f) => f.properties.id)
  const nameOf = new Map(districts.features.map((f) => [f.properties.id, f.properties.nameZh]))
  const parsed = data === null ? null : parsePledges(data)
  if (parsed && !parsed.ok) throw new Error(`pledges.json: ${parsed.detail}`)
  const { values, source } = peerValues(parsed?.value ?? null, ids)
  // The app's defaults: natural breaks, four classes, YlGnBu.
  const classes = classify(values, 'ckmeans', 4)
  const colours = paletteColours('YlGnBu', classes.bins.length)
  el.dataset.valuesSource = source
  el.dataset.echarts = ECHARTS_VARIANT

  // echarts' GeoJSON type is its own; the file is a valid FeatureCollection.
  echarts.registerMap('qingdao', geojson as Parameters<typeof echarts.registerMap>[1])
  const chart = echarts.init(el, null, { renderer: 'canvas' })
  let optionSet = false
  const onRendered = () => {
    if (!optionSet) return
    performance.mark('choropleth-paint')
    chart.off('rendered', onRendered)
  }
  chart.on('rendered', onRendered)
  chart.on('finished', function onFinished() {
    if (!optionSet) return
    performance.mark('map-interactive')
    el.dataset.mapState = 'idle'
    el.dataset.renderedDistricts = String(ids.length)
    chart.off('finished', onFinished)
  })
  optionSet = true
  chart.setOption({
    tooltip: { trigger: 'item' },
    // Without any values there are no classes; an empty `pieces` would make ECharts invent some.
    visualMap:
      classes.bins.length === 0
        ? []
        : {
            type: 'piecewise',
            pieces: visualMapPieces(classes.bins, colours),
            left: 16,
            bottom: 16,
            outOfRange: { color: NO_DATA },
          },
    series: [
      {
        type: 'map',
        map: 'qingdao',
        nameProperty: 'id',
        roam: true,
        selectedMode: 'single',
        label: { show: true, formatter: (p: { name: string }) => nameOf.get(p.name) ?? p.name },
        itemStyle: { areaColor: NO_DATA, borderColor: '#ffffff' },
        data: values.map((v) => ({ name: v.id, value: v.value ?? '-' })),
      },
    ],
  })
  window.addEventListener('resize', () => chart.resize())
}

main().catch((err: unknown) => {
  console.error(err)
})
