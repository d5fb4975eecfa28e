import { Marker, type Map as MapLibreMap } from 'maplibre-gl'
import { labelTier, placeLabels } from './declutter'

export interface MapLabel {
  id: string
  nameZh: string
  nameEn: string
  lngLat: [number, number]
  kind: 'district' | 'zone' | 'context'
  /** Which label survives a collision: larger areas first. */
  priority: number
  /**
   * The interface language: its name leads (zone labels show only it; the other name of a
   * district stays as a subtitle). Changing it rebuilds the labels, so collisions are redone.
   */
  lang?: 'zh' | 'en'
}

/**
 * Labels are HTML buttons placed with MapLibre markers rather than a symbol layer: symbol layers
 * need glyph PBF files for every character (Chinese glyph ranges are megabytes), whereas the page
 * can use the system's CJK fonts, stays sharp at 4K, can be read by screen readers and focused
 * with the keyboard — which doubles as keyboard selection of areas on the map.
 */
export function addLabels(
  map: MapLibreMap,
  labels: readonly MapLabel[],
  onActivate: (id: string) => void,
  onHover: (id: string | null, point: { x: number; y: number } | null) => void,
): Map<string, { marker: Marker; element: HTMLElement }> {
  /** Where a tooltip for a label goes: just below it, in map container coordinates. */
  const anchor = (element: HTMLElement) => {
    const box = element.getBoundingClientRect()
    const origin = map.getContainer().getBoundingClientRect()
    return { x: box.left + box.width / 2 - origin.left, y: box.bottom - origin.top }
  }
  const placed = new Map<string, { marker: Marker; element: HTMLElement }>()
  for (const label of labels) {
    const element = document.createElement(label.kind === 'context' ? 'div' : 'button')
    element.className = `map-label map-label--${label.kind}`
    if (label.lang === 'en') element.classList.add('map-label--en')
    element.dataset.areaId = label.id
    const zh = document.createElement('span')
    zh.className = 'map-label__zh'
    zh.textContent = label.nameZh
    // Each name in its own language, so screen readers voice it and CJK fonts are chosen right.
    zh.lang = 'zh'
    const en = document.createElement('span')
    en.className = 'map-label__en'
    en.textContent = label.nameEn
    en.lang = 'en'
    element.append(zh, en)
    if (label.kind !== 'context') {
      element.setAttribute('type', 'button')
      element.addEventListener('click', (event) => {
        event.stopPropagation()
        onActivate(label.id)
      })
      element.addEventListener('mouseenter', () => onHover(label.id, anchor(element)))
      element.addEventListener('mouseleave', () => onHover(null, null))
      element.addEventListener('focus', () => onHover(label.id, anchor(element)))
      element.addEventListener('blur', () => onHover(null, null))
    }
    const marker = new Marker({ element, anchor: 'center' }).setLngLat(label.lngLat).addTo(map)
    // MapLibre names every marker "Map marker"; ours are named by their text (both names, each
    // marked with its language), and the neighbouring cities' labels are decoration that screen
    // readers can skip.
    element.removeAttribute('aria-label')
    if (label.kind === 'context') element.setAttribute('aria-hidden', 'true')
    placed.set(label.id, { marker, element })
  }
  return placed
}

/**
 * Hides labels that would collide, keeping the selected and hovered ones whatever their rank,
 * and dropping the labels of areas without a figure (`empty`) before those with one.
 */
export function declutterLabels(
  labels: readonly MapLabel[],
  placed: ReturnType<typeof addLabels>,
  pinned: ReadonlySet<string>,
  empty: ReadonlySet<string> = new Set(),
): void {
  const boxes = labels.flatMap((label) => {
    const entry = placed.get(label.id)
    if (!entry) return []
    // Measured on its anchor: the offset a previous pass gave it is taken off again.
    const offset = entry.marker.getOffset()
    const r = entry.element.getBoundingClientRect()
    // A label that is not laid out (zones switched off) takes no room.
    if (r.width === 0 && r.height === 0) return []
    const hasData = !empty.has(label.id)
    const tier = labelTier({ pinned: pinned.has(label.id), kind: label.kind, hasData })
    return [
      {
        id: label.id,
        tier,
        priority: label.priority,
        nudge: hasData && label.kind !== 'context',
        left: r.left - offset.x,
        top: r.top - offset.y,
        right: r.right - offset.x,
        bottom: r.bottom - offset.y,
      },
    ]
  })
  const { hidden, offsets } = placeLabels(boxes)
  placed.forEach(({ element, marker }, id) => {
    element.classList.toggle('is-hidden', hidden.has(id))
    const [dx, dy] = offsets.get(id) ?? [0, 0]
    if (marker.getOffset().x !== dx || marker.getOffset().y !== dy) marker.setOffset([dx, dy])
    // What the collision rule went by, readable by tests and styles: no figure for this metric.
    element.classList.toggle('is-empty', empty.has(id))
  })
}
