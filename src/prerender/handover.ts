/** The class public/prerender-state.js puts on <html> when the link's view is not the default. */
export const PRERENDER_OFF = 'prerender-off'
/**
 * The class it puts there when the app will speak English (the browser prefers it and the link
 * names no language): the stylesheet hides the prerender's Chinese legend and subtitle, which
 * the app replaces with English ones, rather than show the wrong language for a second.
 */
export const PRERENDER_EN = 'prerender-en'

/**
 * Removes the map prerendered into index.html (build/prerender.ts) once the app's own static map
 * has painted, and the mark that hid it for a shared link: from then on the app draws the page.
 */
export function removePrerender(doc: Document = document): void {
  doc.getElementById('prerender')?.remove()
  doc.documentElement.classList.remove(PRERENDER_OFF, PRERENDER_EN)
}
