/**
 * ECharts as a careful dashboard imports it: the core plus only what a choropleth needs. The
 * `full` build mode of bench/peer/vite.config.ts swaps this module for echarts-full.ts.
 */
import * as echarts from 'echarts/core'
import { MapChart } from 'echarts/charts'
import { TooltipComponent, VisualMapComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([MapChart, VisualMapComponent, TooltipComponent, CanvasRenderer])

/** The ECharts API the peer uses. */
export { echarts }
/** Which import style this build uses, for the report. */
export const ECHARTS_VARIANT = 'core'
