import type { HorizonFilter } from '../metrics/filter'
import type { ClassMethod } from '../scale/classify'
import type { PaletteName } from '../scale/palette'
import type { TourOrder } from './tour'
import type { Camera, Lang, MapMetric } from './view'

/** The state a shared link restores; the stores start from `DEFAULT_STATE`. */
export interface ShareableState {
  area: string | null
  metric: MapMetric
  method: ClassMethod
  classes: number
  palette: PaletteName
  zones: boolean
  /** Null until a link or the user fixes it: the browser's language decides. */
  lang: Lang | null
  /** Null: the map fits Qingdao. */
  camera: Camera | null
  /** Only figures of this report (id as in pledges.json), or all reports. */
  report: string | null
  /** Only reports published in this year. */
  year: number | null
  horizon: HorizonFilter
  /** Areas in the comparison view (2–4), empty when not comparing. */
  compare: string[]
  /** Presentation mode, its tour order and step, and the opt-in kiosk loop. */
  present: boolean
  tour: TourOrder
  step: number
  kiosk: boolean
}

export const DEFAULT_STATE: Readonly<ShareableState> = Object.freeze({
  area: null,
  metric: 'investment',
  method: 'ckmeans',
  classes: 4,
  palette: 'YlGnBu',
  zones: true,
  lang: null,
  camera: null,
  report: null,
  year: null,
  horizon: 'all',
  compare: [],
  present: false,
  tour: 'investment',
  step: 0,
  kiosk: false,
})
