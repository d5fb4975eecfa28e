import type { DataDrivenPropertyValueSpecification } from 'maplibre-gl'

/** Colours and emphasis for one set of areas, as plain data. */
export interface AreaPaint {
  /** Fill colour per area id that has a value. */
  colours: Readonly<Record<string, string>>
  /** Colour for areas without a value (drawn under the no-data pattern for districts). */
  fallback: string
  noData: readonly string[]
  /** When set, areas outside it are faded (legend filter). */
  keep: ReadonlySet<string> | null
  /** When set, these areas get an extra outline (legend hover). */
  highlight: ReadonlySet<string> | null
}

/** A `match` expression from area id to colour. */
export function colourExpression(
  colours: Readonly<Record<string, string>>,
  fallback: string,
): DataDrivenPropertyValueSpecification<string> {
  const [first, ...rest] = Object.entries(colours)
  return first ? ['match', ['get', 'id'], first[0], first[1], ...rest.flat(), fallback] : fallback
}

/** Full opacity for kept areas, faded for the rest; constant when nothing is filtered. */
export function opacityExpression(
  keep: ReadonlySet<string> | null,
  full: number,
  faded: number,
): DataDrivenPropertyValueSpecification<number> {
  if (!keep || keep.size === 0) return keep ? faded : full
  return ['case', ['in', ['get', 'id'], ['literal', [...keep]]], full, faded]
}
