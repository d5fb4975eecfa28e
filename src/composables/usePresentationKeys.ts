import { onBeforeUnmount, onMounted, watch } from 'vue'
import { usePresentationStore } from '../stores/presentation'
import { isTypingTarget, keyToAction } from '../tour/keys'

type PresentationStore = ReturnType<typeof usePresentationStore>

/** Set when this page asked for full screen, so leaving full screen (Esc) leaves the presentation. */
let ownFullscreen = false

/**
 * Starts the presentation from a user gesture (click, key): full screen when the browser allows it.
 * A refusal (iframe, policy, headless) is fine: the presentation fills the window instead.
 */
export function startPresenting(presentation: PresentationStore) {
  const root = document.documentElement
  if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') {
    root.requestFullscreen().then(
      () => (ownFullscreen = true),
      () => (ownFullscreen = false),
    )
  }
  presentation.enter()
}

/**
 * The presenter's keys on `window` (see keyToAction): clicker keys, Home/End, B or . for a black
 * screen, A for auto-advance, Esc to leave; P starts the presentation from the explorer. Keys typed
 * into a text field or select are left alone. Leaving full screen leaves the presentation too.
 */
export function usePresentationKeys() {
  const presentation = usePresentationStore()

  function onKey(e: KeyboardEvent) {
    if (e.defaultPrevented || isTypingTarget(e.target)) return
    const action = keyToAction(e, presentation.active)
    if (!action) return
    e.preventDefault()
    switch (action) {
      case 'enter':
        return startPresenting(presentation)
      case 'leave':
        return presentation.leave()
      case 'next':
        return presentation.next()
      case 'prev':
        return presentation.prev()
      case 'first':
        return presentation.first()
      case 'last':
        return presentation.last()
      case 'blank':
        return presentation.toggleBlank()
      case 'togglePlay':
        return presentation.togglePlay()
    }
  }
  function onFullscreenChange() {
    if (document.fullscreenElement || !ownFullscreen) return
    ownFullscreen = false
    presentation.leave()
  }
  watch(
    () => presentation.active,
    (on) => {
      if (on || !document.fullscreenElement || !ownFullscreen) return
      ownFullscreen = false
      document.exitFullscreen().catch(() => undefined)
    },
  )
  onMounted(() => {
    window.addEventListener('keydown', onKey)
    document.addEventListener('fullscreenchange', onFullscreenChange)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('keydown', onKey)
    document.removeEventListener('fullscreenchange', onFullscreenChange)
  })
}
