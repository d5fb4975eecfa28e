import { nextTick, onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useCompareStore } from '../stores/compare'
import { useFilterStore } from '../stores/filter'
import { usePledgeStore } from '../stores/pledges'
import { usePresentationStore } from '../stores/presentation'
import { useSelectionStore } from '../stores/selection'
import { useViewStore } from '../stores/view'
import type { ShareableState } from '../types/defaults'
import { formatHash, parseHash, type HashProblem } from '../url/hashState'

/** The parts of `window` the hash sync uses (a fake in unit tests). */
export interface HashWindow {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>
  history: Pick<History, 'state' | 'pushState' | 'replaceState'>
  addEventListener(type: 'popstate', listener: () => void): void
  removeEventListener(type: 'popstate', listener: () => void): void
}

export interface HashBinding {
  /** Reads the stores into a shareable state. */
  read: () => ShareableState
  /** Puts a parsed state into the stores. */
  write: (state: ShareableState) => void
  parse: (hash: string) => { state: ShareableState; problems: HashProblem[]; figure?: string }
  /** Brings a figure into view (a legacy `#figure-<id>` link). */
  showFigure?: (id: string) => void
}

/**
 * Keeps the URL hash and the state in step. A change of area adds a history entry (so Back
 * returns to the previous area); other changes replace the current entry. Applying a link (on
 * start or Back/Forward) never adds an entry: the state it produces is remembered as what the URL
 * shows, so the watcher (which runs later, in Vue's pre-flush) skips it; and what other watchers
 * derive from it in the same flush only replaces the entry.
 */
export function syncHash(binding: HashBinding, win: HashWindow = window) {
  const problems: Ref<HashProblem[]> = ref([])
  /** The hash the URL shows and the area it selects: written by us or just applied. */
  let shown = { hash: '', area: null as string | null }
  /** True from a popstate until Vue's next flush has run the watchers it triggered. */
  let applying = false

  const urlFor = (hash: string) => hash || win.location.pathname + win.location.search

  function apply(hash: string) {
    const parsed = binding.parse(hash)
    problems.value = parsed.problems
    binding.write(parsed.state)
    if (parsed.figure) binding.showFigure?.(parsed.figure)
    const state = binding.read()
    shown = { hash: formatHash(state), area: state.area }
    // Normalise in place: unknown parts disappear and the language is fixed in the link.
    if (shown.hash !== win.location.hash) {
      win.history.replaceState(win.history.state, '', urlFor(shown.hash))
    }
  }

  // Back/Forward or a followed link. The watcher runs in Vue's next flush, with whatever other
  // watchers derive from the applied state; the flag holds until that flush is over (nextTick
  // after the write waits for it), and the browser cannot deliver user input in between.
  const onPop = () => {
    applying = true
    apply(win.location.hash)
    void nextTick(() => (applying = false))
  }
  win.addEventListener('popstate', onPop)
  apply(win.location.hash)

  const stopWatch = watch(binding.read, (next) => {
    const hash = formatHash(next)
    if (hash === shown.hash) return
    const newArea = next.area !== shown.area && !applying
    shown = { hash, area: next.area }
    if (newArea) win.history.pushState(null, '', urlFor(hash))
    else win.history.replaceState(win.history.state, '', urlFor(hash))
  })

  return {
    problems,
    dismiss: () => (problems.value = []),
    stop() {
      stopWatch()
      win.removeEventListener('popstate', onPop)
    },
  }
}

/** Reads and writes the shareable state of the stores and the interface language. */
export function bindStores(
  locale: Ref<string>,
  knownAreaIds: () => ReadonlySet<string>,
  knownReportIds: () => ReadonlySet<string>,
): HashBinding {
  const selection = useSelectionStore()
  const view = useViewStore()
  const filter = useFilterStore()
  const compare = useCompareStore()
  const presentation = usePresentationStore()
  const pledges = usePledgeStore()
  const figureAreas = () =>
    new Map((pledges.data?.figures ?? []).map((f) => [f.id, f.areaId] as const))
  return {
    parse: (hash) => parseHash(hash, knownAreaIds(), knownReportIds(), figureAreas()),
    showFigure: (id) => selection.showFigure(id),
    read: () => ({
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
    }),
    write(s) {
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
    },
  }
}

/** Binds the stores and the interface language to the URL hash for the explorer's lifetime. */
export function useUrlState(
  knownAreaIds: () => ReadonlySet<string>,
  knownReportIds: () => ReadonlySet<string>,
) {
  const { locale } = useI18n()
  const sync = syncHash(bindStores(locale, knownAreaIds, knownReportIds))
  onBeforeUnmount(sync.stop)
  return { problems: sync.problems, dismiss: sync.dismiss }
}
