import { computed, shallowRef, watchPostEffect, type Ref } from 'vue'
import type { Placement } from '../map/declutter'
import {
  LABEL_PAD,
  placeStaticLabels,
  type DistrictShape,
  type MeasuredLabel,
} from '../map/staticMap'
import { useGeoStore } from '../stores/geo'
import { useSelectionStore } from '../stores/selection'
import { useShownStore } from '../stores/shown'

/**
 * Which of the static map's labels show, and where: measured after each render that can move
 * them (a new size or camera, the language, the selection or hover) and placed before the
 * frame is painted, so even its first frame has no names written over each other.
 */
export function useStaticLabels(
  svg: Ref<SVGSVGElement | null>,
  districts: Ref<readonly DistrictShape[]>,
  textOf: (id: string) => string,
) {
  const geo = useGeoStore()
  const shown = useShownStore()
  const selection = useSelectionStore()
  const areaKm2 = computed(
    () =>
      new Map((geo.districts?.features ?? []).map((f) => [f.properties.id, f.properties.areaKm2])),
  )
  const placement = shallowRef<Placement>({ hidden: new Set(), offsets: new Map() })

  watchPostEffect(() => {
    // What moves or resizes a label; read here so that a change runs this again.
    const ids = districts.value.map((s) => `${s.id}:${s.x}:${s.y}:${textOf(s.id)}`)
    const pinned = new Set([shown.selectedId, selection.hoveredId].filter((id) => id !== null))
    const colourOf = shown.districtChoropleth.colourOf
    const texts = svg.value?.querySelectorAll<SVGTextElement>('text[data-label-for]')
    if (!texts || ids.length === 0) return
    const measured: MeasuredLabel[] = [...texts].map((text) => {
      // In the text's own user space: the offset this placement gives it is not included.
      const b = text.getBBox()
      return {
        id: text.dataset.labelFor ?? '',
        x: b.x - LABEL_PAD.x,
        y: b.y - LABEL_PAD.y,
        width: b.width + 2 * LABEL_PAD.x,
        height: b.height + 2 * LABEL_PAD.y,
      }
    })
    placement.value = placeStaticLabels(measured, areaKm2.value, (id) => id in colourOf, pinned)
  })

  const isHidden = (id: string) => placement.value.hidden.has(id)
  const offsetOf = (id: string) => {
    const o = placement.value.offsets.get(id)
    return o ? `translate(${Math.round(o[0])} ${Math.round(o[1])})` : undefined
  }
  return { isHidden, offsetOf }
}
