/** What the map is coloured by. */
export const MAP_METRICS = [
  'investment',
  'projects',
  'investmentPerKm2',
  'investmentPerResident',
  'figureCount',
] as const
export type MapMetric = (typeof MAP_METRICS)[number]

/** A map view: centre and zoom (what a shared link's `v=` restores). */
export interface Camera {
  lon: number
  lat: number
  zoom: number
}

/** The two interface and number-formatting languages. */
export type Lang = 'zh' | 'en'
