import mapshaper from 'mapshaper'
import type { AreaCollection } from './geometry.ts'

/** The mapshaper command line of {@link cleanAndSimplify}, quoted in geo/README.md. */
export function simplifyCommand(intervalMetres: number): string {
  // keep-shapes: never let simplification delete a small island or a narrow district outright.
  // The second -clean removes slivers or self-touching rings simplification may leave behind.
  return `-i in.json -clean -simplify interval=${intervalMetres} keep-shapes -clean -o out.json format=geojson`
}

/** The mapshaper command line of {@link dissolveBy}. */
export function dissolveCommand(field: string): string {
  return `-i in.json -dissolve ${field} -o out.json format=geojson`
}

async function run<P>(command: string, collection: AreaCollection<P>): Promise<AreaCollection<P>> {
  const output = await mapshaper.applyCommands(command, { 'in.json': collection })
  const out = output['out.json']
  if (out === undefined) throw new Error(`mapshaper produced no output for: ${command}`)
  const text = typeof out === 'string' ? out : new TextDecoder().decode(out)
  return JSON.parse(text) as AreaCollection<P>
}

/**
 * Repairs and simplifies all features together in one mapshaper layer. mapshaper first builds a
 * topology (shared arcs), so a border between two features is simplified once and stays
 * identical on both sides: no gaps or overlaps appear between neighbours. `-clean` removes the
 * source's self-intersections and zero-area spikes, which otherwise fail Turf's validity check.
 */
export function cleanAndSimplify<P>(
  collection: AreaCollection<P>,
  intervalMetres: number,
): Promise<AreaCollection<P>> {
  return run(simplifyCommand(intervalMetres), collection)
}

/**
 * Merges features sharing the value of `field` into one feature (e.g. a city's districts into its
 * outline). It moves no vertex, so borders shared with features outside the group stay identical.
 */
export function dissolveBy<P>(
  collection: AreaCollection<P>,
  field: keyof P & string,
): Promise<AreaCollection<P>> {
  return run(dissolveCommand(field), collection)
}
