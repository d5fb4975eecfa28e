/**
 * Moves keyboard focus from an area of the static map (StaticChoropleth) to the live map's label
 * button of the same area in `live`, when MapLibre takes over. A focus a click left (not
 * `:focus-visible`) is not a keyboard user's place and stays where it is. Returns whether it moved.
 */
export function handOverFocus(active: Element | null, live: HTMLElement): boolean {
  if (!active?.closest('[data-testid="static-choropleth"]')) return false
  if (!active.matches(':focus-visible')) return false
  const id = active.getAttribute('data-area-id') ?? active.getAttribute('data-zone-id')
  const label = id
    ? live.querySelector<HTMLElement>(`.map-label[data-area-id="${CSS.escape(id)}"]`)
    : null
  if (!label) return false
  label.focus({ preventScroll: true })
  return document.activeElement === label
}
