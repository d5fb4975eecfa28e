import { LIGHT_THEME } from '../map/theme'
import type { NoDataStyle } from './choropleth'

/**
 * How each set draws an area without a value: districts hatched, zones plain grey. Shared by the
 * view store and the prerendered first paint (src/prerender), so both draw the same.
 */
export const DISTRICT_NO_DATA: NoDataStyle = {
  colour: LIGHT_THEME.noDataBackground,
  pattern: 'hatch',
}
export const ZONE_NO_DATA: NoDataStyle = { colour: '#d9d9d9', pattern: null }
