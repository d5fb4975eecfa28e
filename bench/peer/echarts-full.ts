/** ECharts as many dashboards import it: the whole bundle (`import * as echarts from 'echarts'`). */
import * as echarts from 'echarts'

/** The ECharts API the peer uses. */
export { echarts }
/** Which import style this build uses, for the report. */
export const ECHARTS_VARIANT = 'full'
