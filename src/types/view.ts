/** What the map is coloured by. */
export const MAP_METRICS = [
  'investment',
  'projects',
  'investmentPerKm2',
  'investmentPerResident',
  'figureCount',
] as const
export type MapMetric = (typeof MAP_METRICS)[number]
