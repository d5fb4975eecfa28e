import { isFramed } from '../framing/isFramed'
import { browserLocale } from '../i18n/browserLocale'
import { PRERENDER_EN, PRERENDER_OFF } from './handover'

/**
 * Link parameters whose value here leaves the default picture as it is (the defaults' own codes,
 * which a link may spell out; tests/unit/prerender/state.test.ts checks each against parseHash).
 * `l=zh` is the page's language; `show=0` and `kiosk=0` are the explorer.
 */
export const SAME_PICTURE: Readonly<Record<string, string>> = {
  m: 'inv',
  c: 'nb4',
  p: 'ylgnbu',
  z: '1',
  l: 'zh',
  h: 'all',
  show: '0',
  kiosk: '0',
}

/**
 * Whether the prerendered default view is what the app will draw for `hash`: the same colours,
 * legend and frame. A selected area (`a=`, or an old `#figure-` link) keeps them on a wide
 * screen, where the map stays fitted to Qingdao; on a phone the live map frames that district.
 * Anything else — another metric, classes, palette, language, filter, camera, comparison,
 * presentation, or a parameter this does not know — does not.
 *
 * Self-contained (no imports, no outer names): build/prerender.ts writes its source into
 * prerender-state.js, which runs before the first paint.
 */
export function keepsPrerender(
  hash: string,
  wide: boolean,
  same: Readonly<Record<string, string>>,
): boolean {
  const text = hash.replace(/^#/, '')
  if (text === '') return true
  if (/^figure-[a-z0-9-]{1,40}$/.test(text)) return wide
  for (const [key, value] of new URLSearchParams(text)) {
    if (key === 'a' ? !wide : same[key] !== value.toLowerCase()) return false
  }
  return true
}

/**
 * The source of public prerender-state.js: a classic script in <head> (the CSP allows our own
 * files only) that marks <html> before the first paint when the prerendered map would show the
 * wrong picture — a shared link to another view — or when the page is framed, where the app shows
 * its framed-page notice instead (src/main.ts). The stylesheet hides `#prerender` under the mark;
 * the app removes both once it has drawn (./handover.ts). When the app will speak English, it
 * marks that instead, and the stylesheet hides only the prerender's Chinese legend and subtitle.
 */
export function prerenderStateScript(): string {
  return (
    `(function () {\n` +
    `  var keeps = ${keepsPrerender.toString()};\n` +
    `  var framed = ${isFramed.toString()};\n` +
    `  var wide = window.matchMedia('(min-width: 701px)').matches;\n` +
    `  var locale = ${browserLocale.toString()};\n` +
    `  var classes = document.documentElement.classList;\n` +
    `  if (framed(window) || !keeps(location.hash, wide, ${JSON.stringify(SAME_PICTURE)})) {\n` +
    `    classes.add(${JSON.stringify(PRERENDER_OFF)});\n` +
    `  } else if (\n` +
    `    !/(^#|&)l=/.test(location.hash) &&\n` +
    `    locale((window.navigator && window.navigator.languages) || []) === 'en'\n` +
    `  ) {\n` +
    `    classes.add(${JSON.stringify(PRERENDER_EN)});\n` +
    `  }\n` +
    `})();\n`
  )
}
