import { useEventListener, useFullscreen, type UseFullscreenReturn } from '@vueuse/core'
import { effectScope, watch } from 'vue'
import { usePresentationStore } from '../stores/presentation'
import { isTypingTarget, keyToAction } from '../tour/keys'

type PresentationStore = ReturnType<typeof usePresentationStore>

let pageFullscreen: UseFullscreenReturn | undefined
/**
 * The page's full screen, made once and kept as long as the page (in a scope of its own, as the
 * header's button uses it outside any component's setup). Its `isFullscreen` turns true when this
 * page entered full screen, and `exit` does nothing otherwise: leaving the presentation never
 * ends a full screen the presenter chose themselves.
 */
const usePageFullscreen = () => (pageFullscreen ??= effectScope(true).run(() => useFullscreen())!)

/**
 * Starts the presentation from a user gesture (click, key): full screen when the browser allows it.
 * A refusal (iframe, policy, headless) is fine: the presentation fills the window instead.
 */
export function startPresenting(presentation: PresentationStore) {
  usePageFullscreen()
    .enter()
    .catch(() => undefined)
  presentation.enter()
}

/**
 * The presenter's keys on `window` (see keyToAction): clicker keys, Home/End, B or . for a black
 * screen, A for auto-advance, Esc to leave; P starts the presentation from the explorer. Keys typed
 * into a text field or select are left alone. Leaving full screen leaves the presentation too.
 */
export function usePresentationKeys() {
  const presentation = usePresentationStore()
  const fullscreen = usePageFullscreen()

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
  useEventListener(window, 'keydown', onKey)
  // Leaving full screen (Esc in the browser) leaves the presentation, and leaving the presentation
  // by any route exits the full screen it entered.
  watch(fullscreen.isFullscreen, (on) => {
    if (!on) presentation.leave()
  })
  watch(
    () => presentation.active,
    (on) => {
      if (!on) fullscreen.exit().catch(() => undefined)
    },
  )
}
