import { onBeforeUnmount, type Ref } from 'vue'
import { nearestLabel } from '../map/touch'
import { areaIdOf, belowBox, isActivationKey, pointIn } from '../map/staticMap'
import { usePresentationStore } from '../stores/presentation'
import { useSelectionStore } from '../stores/selection'
import { useMap } from './useMap'

/**
 * The static map's answers to the pointer and the keyboard, the live map's in kind: hover with a
 * tooltip (map container pixels: the SVG covers the canvas's box), a click picks an area (the sea
 * clears the selection), Enter or Space on a focused area picks it. Listeners are delegated from
 * the `svg` root.
 */
/** The class of the zones' transparent touch circles (StaticChoropleth.vue). */
export const TOUCH_CLASS = 'static-choropleth__touch'

export function useStaticPointer(svg: Ref<SVGSVGElement | null>) {
  const selection = useSelectionStore()
  // A click here is a pick on the map, like one on the live map: no camera flight.
  const { pick: pickArea } = useMap()
  // While presenting, the tour owns the highlight: a click must not change the explorer's
  // selection underneath it (as useMapView's `select` listener).
  const presentation = usePresentationStore()
  const pick = (id: string | null) => {
    if (!presentation.active) pickArea(id)
  }

  // Once MapLibre takes over, this map fades out under the pointer: its leaving must not clear
  // the hover or focus the live map carries on with.
  let leaving = false
  onBeforeUnmount(() => (leaving = true))

  const areaOf = (target: EventTarget | null) =>
    target instanceof Element ? areaIdOf(target.closest('[data-area-id],[data-zone-id]')) : null
  const origin = () => svg.value?.getBoundingClientRect() ?? { left: 0, top: 0 }

  /** As the live map's pointer: the area under it and where it is, for the tooltip. */
  function onMove(event: MouseEvent) {
    const id = areaOf(event.target)
    if (!id && selection.hoveredId === null) return
    selection.hover(id, id ? pointIn(origin(), { x: event.clientX, y: event.clientY }) : null)
  }
  function onLeave() {
    if (!leaving) selection.hover(null, null)
  }
  /**
   * A click on an area selects it; one on the sea clears the selection, as on the live map. A
   * tap in a small zone's touch circle goes to the nearest zone whose touch circle holds it, not
   * to whichever is on top (the live map's rule for its labels' hit boxes, src/map/pointer.ts).
   */
  function onClick(event: MouseEvent) {
    const target = event.target
    if (target instanceof Element && target.classList.contains(TOUCH_CLASS)) {
      const circles = svg.value?.querySelectorAll(`circle[data-zone-id]:not(.${TOUCH_CLASS})`) ?? []
      const boxes = Array.from(circles, (el) => {
        const r = el.getBoundingClientRect()
        const id = el.getAttribute('data-zone-id') ?? ''
        return { id, left: r.left, top: r.top, right: r.right, bottom: r.bottom }
      })
      pick(nearestLabel({ x: event.clientX, y: event.clientY }, boxes) ?? areaOf(target))
      return
    }
    pick(areaOf(target))
  }
  function onKey(event: KeyboardEvent) {
    const id = areaOf(event.target)
    if (!id || !isActivationKey(event.key)) return
    event.preventDefault()
    pick(id)
  }
  /**
   * A focused area shows its tooltip below its label, as a focused label button does; not when a
   * click focused it (the tooltip stays at the pointer).
   */
  function onFocus(event: FocusEvent) {
    const id = areaOf(event.target)
    if (!id || !(event.target instanceof Element) || !event.target.matches(':focus-visible')) return
    const label = svg.value?.querySelector(`[data-label-for="${id}"]`) ?? event.target
    selection.hover(id, belowBox(origin(), label.getBoundingClientRect()))
  }
  function onBlur() {
    if (!leaving) selection.hover(null, null)
  }

  return { onMove, onLeave, onClick, onKey, onFocus, onBlur }
}
