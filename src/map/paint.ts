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
