/** The parts of `navigator` sharing uses; a test passes a fake. */
export interface ShareNavigator {
  share?: (data: ShareData) => Promise<void>
  clipboard?: Pick<Clipboard, 'writeText'>
}

/** What became of a share: the system sheet took it, the link was copied, or neither. */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'failed'

/**
 * Shares `url` with the system's share sheet where there is one (phones), and copies it to the
 * clipboard otherwise or when the sheet fails. Closing the sheet is the user's choice, not a
 * failure: nothing is copied behind their back.
 */
export async function shareLink(
  nav: ShareNavigator,
  data: { url: string; title: string },
): Promise<ShareOutcome> {
  if (typeof nav.share === 'function') {
    try {
      await nav.share(data)
      return 'shared'
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') return 'cancelled'
    }
  }
  try {
    if (!nav.clipboard) return 'failed'
    await nav.clipboard.writeText(data.url)
    return 'copied'
  } catch {
    return 'failed'
  }
}
