/**
 * The export code (CSV, GeoJSON, PNG), one lazy chunk: the first view never needs it, so
 * ExportMenu loads it on the first export through `loadExportTools`, and ExplorerView prefetches
 * it once the map is idle so that first export does not wait for the network.
 */
export { districtsGeoJson, zonesGeoJson } from './areasGeoJson'
export { figuresCsv } from './figuresCsv'
export { headlinesCsv } from './headlinesCsv'
export { canvasMeasure, canvasToPng, paintMapPng } from './mapPng'
export { mapPngInput, outletsLine, PNG_SIZES } from './mapPngInput'
export { layoutMapPng } from './mapPngLayout'
