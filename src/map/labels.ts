import { Marker, type Map as MapLibreMap } from 'maplibre-gl'
import { labelsToHide } from './declutter'

export interface MapLabel {
  id: string
  nameZh: string
  nameEn: string
  lngLat: [number, number]
  kind: 'district' | 'zone' | 'context'
  /** Which label survives a collision: larger areas first. */
  priority: number
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
    element.dataset.areaId = label.id
    const zh = document.createElement('span')
    zh.className = 'map-label__zh'
    zh.textContent = label.nameZh
    const en = document.createElement('span')
    en.className = 'map-label__en'
    en.textContent = label.nameEn
    element.append(zh, en)
    if (label.kind !== 'context') {
      element.setAttribute('type', 'button')
      element.setAttribute('aria-label', `${label.nameZh} ${label.nameEn}`)
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
    // MapLibre names every marker "Map marker"; ours carry their own names, and the
    // neighbouring cities' labels are decoration that screen readers can skip.
    if (label.kind === 'context') {
      element.removeAttribute('aria-label')
      element.setAttribute('aria-hidden', 'true')
    } else {
      element.setAttribute('aria-label', `${label.nameZh} ${label.nameEn}`)
    }
    placed.set(label.id, { marker, element })
  }
  return placed
}

/** Hides labels that would collide, keeping the selected and hovered ones whatever their rank. */
export function declutterLabels(
  labels: readonly MapLabel[],
  placed: ReturnType<typeof addLabels>,
  pinned: ReadonlySet<string>,
): void {
  const boxes = labels.flatMap((label) => {
    const element = placed.get(label.id)?.element
    if (!element) return []
    const r = element.getBoundingClientRect()
    const priority = pinned.has(label.id) ? Infinity : label.priority
    return [{ id: label.id, priority, left: r.left, top: r.top, right: r.right, bottom: r.bottom }]
  })
  const hidden = labelsToHide(boxes)
  placed.forEach(({ element }, id) => element.classList.toggle('is-hidden', hidden.has(id)))
}
