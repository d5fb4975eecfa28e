import mapshaper from 'mapshaper'
import type { AreaCollection } from './geometry.ts'

/** Parameters of {@link cleanAndSimplify}; every one is documented in geo/README.md. */
export interface SimplifyOptions {
  /** Target spacing of kept vertices in metres (mapshaper `-simplify interval=`). */
  intervalMetres: number
  /**
   * Dissolve features sharing this property into one (mapshaper `-dissolve`), e.g. a city's
   * districts into the city outline. Other listed properties are copied from the first feature.
   */
  dissolve?: { by: string; copyFields: string[] }
  /** Drop islands smaller than this many km² (mapshaper `-filter-islands min-area=`). */
  minIslandKm2?: number
}

/** The mapshaper command line {@link cleanAndSimplify} runs; exported so the README can quote it. */
export function mapshaperCommand(options: SimplifyOptions): string {
  const parts = ['-i in.json', '-clean']
  if (options.dissolve) {
    const copy = options.dissolve.copyFields.join(',')
    parts.push(`-dissolve ${options.dissolve.by} copy-fields=${copy}`)
  }
  // keep-shapes: never let simplification delete a small island or a narrow district outright.
  parts.push(`-simplify interval=${options.intervalMetres} keep-shapes`)
  if (options.minIslandKm2 !== undefined) {
    parts.push(`-filter-islands min-area=${options.minIslandKm2}km2`)
  }
  // -clean again: simplification can leave tiny slivers or self-touching rings behind.
  parts.push('-clean', '-o out.json format=geojson')
  return parts.join(' ')
}

/**
 * Repairs and simplifies all features together in one mapshaper layer. mapshaper first builds a
 * topology (shared arcs), so a border between two districts is simplified once and stays
 * identical on both sides: no gaps or overlaps appear between neighbours. `-clean` removes the
 * source's self-intersections and zero-area spikes, which otherwise fail Turf's validity check.
 */
export async function cleanAndSimplify<P>(
  collection: AreaCollection<P>,
  options: SimplifyOptions,
): Promise<AreaCollection<P>> {
  const output = await mapshaper.applyCommands(mapshaperCommand(options), {
    'in.json': collection,
  })
  const out = output['out.json']
  if (out === undefined) throw new Error('mapshaper produced no output')
  const text = typeof out === 'string' ? out : new TextDecoder().decode(out)
  return JSON.parse(text) as AreaCollection<P>
}
