import { useEventListener } from '@vueuse/core'
import { onScopeDispose, watchEffect } from 'vue'
import { usePresentationStore } from '../stores/presentation'

declare global {
  interface Window {
    /** Test hook: idle time before the kiosk loop starts (default KIOSK_IDLE_MS). */
    __kioskIdleMs?: number
    /** Test hook: auto-advance interval, overriding the presenter's choice. */
    __presentIntervalMs?: number
  }
}

/** Idle time after which a `kiosk=1` page starts the presentation and loops it. */
export const KIOSK_IDLE_MS = 3 * 60_000

const IDLE_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/**
 * Auto-advance while playing (stopping at the last step unless the kiosk loop runs), and the kiosk
 * loop: with `kiosk=1` in the URL, the presentation starts by itself after KIOSK_IDLE_MS without
 * input and loops until someone leaves it; then the idle clock starts again.
 */
export function usePresentationTimers() {
  const presentation = usePresentationStore()

  watchEffect((onCleanup) => {
    if (!presentation.active || !presentation.playing) return
    // Read the step so that a manual step restarts the interval.
    const at = presentation.index
    const atEnd = at === presentation.steps.length - 1 && !presentation.looping
    const ms = window.__presentIntervalMs ?? presentation.intervalMs
    const timer = window.setTimeout(() => {
      if (atEnd) presentation.playing = false
      else presentation.next()
    }, ms)
    onCleanup(() => window.clearTimeout(timer))
  })

  // Not VueUse's useIdle: its timeout is fixed when it is made, whereas this clock also restarts
  // when the presentation ends or kiosk mode changes, and reads its time (a test hook) each time.
  let idleTimer = 0
  function armIdle() {
    window.clearTimeout(idleTimer)
    if (!presentation.kiosk || presentation.active) return
    idleTimer = window.setTimeout(
      () => presentation.enter({ loop: true }),
      window.__kioskIdleMs ?? KIOSK_IDLE_MS,
    )
  }
  watchEffect(armIdle)
  useEventListener(window, [...IDLE_EVENTS], armIdle, { passive: true })
  onScopeDispose(() => window.clearTimeout(idleTimer))
}
