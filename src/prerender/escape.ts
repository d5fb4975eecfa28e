const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text or an attribute value, safe in HTML and SVG markup (names come from the data files). */
export const esc = (text: string | number): string =>
  String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)

/** `name="value"` pairs, escaped; null and undefined values are left out. */
export function attrs(
  values: Readonly<Record<string, string | number | null | undefined>>,
): string {
  return Object.entries(values)
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined)
    .map(([name, value]) => ` ${name}="${esc(value)}"`)
    .join('')
}
