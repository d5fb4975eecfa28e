import type { Lang } from '../types/view'

/**
 * Chinese for browsers that prefer any Chinese variant, English otherwise. Self-contained (no
 * outer names): src/prerender/state.ts writes its source into prerender-state.js too.
 */
export function browserLocale(languages: readonly string[]): Lang {
  const first = languages.find((l) => /^(zh|en)\b/i.test(l))
  return first && /^en/i.test(first) ? 'en' : first ? 'zh' : 'en'
}
