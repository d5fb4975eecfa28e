import { onBeforeUnmount, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { useCompareStore } from '../stores/compare'
import { useFilterStore } from '../stores/filter'
import { usePresentationStore } from '../stores/presentation'
import { useSelectionStore } from '../stores/selection'
import { useViewStore } from '../stores/view'
import { formatHash, parseHash, type ParsedHash, type UrlState } from '../url/hashState'

/**
 * Keeps the URL hash and the stores in step. Selecting an area adds a history entry (so Back
 * returns to the previous area); other changes replace the current entry.
 */
export function useUrlState(
  knownAreaIds: () => ReadonlySet<string>,
  knownReportIds: () => ReadonlySet<string>,
) {
  const selection = useSelectionStore()
  const view = useViewStore()
  const filter = useFilterStore()
  const compare = useCompareStore()
  const presentation = usePresentationStore()
  const { locale } = useI18n()
  const problems = ref<ParsedHash['problems']>([])
  let applying = false

  const current = (): UrlState => ({
    area: selection.selectedId,
    metric: view.metric,
    method: view.method,
    classes: view.classes,
    palette: view.palette,
    zones: view.zonesVisible,
    lang: locale.value === 'en' ? 'en' : 'zh',
    camera: view.camera,
    report: filter.report,
    year: filter.year,
    horizon: filter.horizon,
    compare: [...compare.ids],
    present: presentation.active,
    tour: presentation.order,
    step: presentation.step,
    kiosk: presentation.kiosk,
  })

  function apply(hash: string) {
    const parsed = parseHash(hash, knownAreaIds(), knownReportIds())
    problems.value = parsed.problems
    const s = parsed.state
    applying = true
    selection.select(s.area)
    view.metric = s.metric
    view.method = s.method
    view.classes = s.classes
    view.palette = s.palette
    view.zonesVisible = s.zones
    view.camera = s.camera
    if (s.lang) locale.value = s.lang
    filter.report = s.report
    filter.year = s.year
    filter.horizon = s.horizon
    compare.ids = s.compare
    presentation.active = s.present
    presentation.order = s.tour
    presentation.step = s.step
    presentation.kiosk = s.kiosk
    applying = false
  }

  const onPop = () => apply(location.hash)
  window.addEventListener('popstate', onPop)
  onBeforeUnmount(() => window.removeEventListener('popstate', onPop))

  apply(location.hash)
  // Write the normalised hash back: unknown parts disappear, the language is fixed in the link.
  history.replaceState(
    history.state,
    '',
    formatHash(current()) || location.pathname + location.search,
  )

  watch(current, (next, previous) => {
    if (applying) return
    const hash = formatHash(next)
    if (hash === location.hash) return
    const url = hash || location.pathname + location.search
    if (next.area !== previous.area) history.pushState(null, '', url)
    else history.replaceState(history.state, '', url)
  })

  return { problems, dismiss: () => (problems.value = []) }
}
