/** What a key does in presentation mode (or, for `enter`, in the explorer). */
export type PresentationAction =
  'enter' | 'leave' | 'next' | 'prev' | 'first' | 'last' | 'blank' | 'togglePlay'

export interface KeyInput {
  key: string
  shiftKey?: boolean
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
}

/**
 * Maps a key to an action. Presenter clickers send →/← or PageDown/PageUp (some send Space, or
 * B / . for a black screen); Home and End jump to the first and last step. In the explorer only
 * P does anything: it starts the presentation. Keys with Ctrl, Cmd or Alt are left to the browser.
 */
export function keyToAction(input: KeyInput, presenting: boolean): PresentationAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key
  if (!presenting) return key === 'p' ? 'enter' : null
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next'
    case ' ':
      return input.shiftKey ? 'prev' : 'next'
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    case 'b':
    case '.':
      return 'blank'
    case 'a':
      return 'togglePlay'
    case 'Escape':
      return 'leave'
    default:
      return null
  }
}

/** Focus in a text field or list box keeps its keys (typing "p" in the search box, arrows in a select). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false
  const el = target as HTMLElement
  return (
    el.tagName === 'INPUT' ||
    el.tagName === 'SELECT' ||
    el.tagName === 'TEXTAREA' ||
    el.isContentEditable === true
  )
}
