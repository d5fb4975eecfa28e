/** What an export holds; part of its file name. */
export type ExportKind = 'figures' | 'headlines' | 'areas' | 'districts' | 'zones' | 'map'

const EXTENSION: Record<ExportKind, string> = {
  figures: 'csv',
  headlines: 'csv',
  areas: 'geojson',
  districts: 'geojson',
  zones: 'geojson',
  map: 'png',
}

/** `YYYY-MM-DD` of `date` in the browser's local time zone (the day the planner exported). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * A file name that says what and when: `qingdao-pledges-figures-2026-11-23.csv`,
 * `qingdao-pledges-headlines-2026-11-23.csv`, `qingdao-pledges-districts-investment-2026-11-23.geojson`,
 * `qingdao-pledge-map-investment-1920x1080-2026-11-23.png`. `parts` (metric, filter) are slugged to
 * lower-case ASCII so the name survives every file system and mail client.
 */
export function exportFileName(
  kind: ExportKind,
  date: Date,
  parts: readonly string[] = [],
): string {
  const prefix = kind === 'map' ? 'qingdao-pledge-map' : `qingdao-pledges-${kind}`
  const slug = parts
    .map((p) =>
      p
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter((p) => p !== '')
  return [prefix, ...slug, localDate(date)].join('-') + '.' + EXTENSION[kind]
}
