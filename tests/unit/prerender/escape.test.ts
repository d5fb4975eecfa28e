import { describe, expect, it } from 'vitest'
import { attrs, esc } from '../../../src/prerender/escape'

describe('esc', () => {
  it('escapes the five characters that end text or an attribute', () => {
    expect(esc(`<script>"a" & 'b'</script>`)).toBe(
      '&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;',
    )
    expect(esc(7100)).toBe('7100')
  })
})

describe('attrs', () => {
  it('writes escaped pairs and leaves out missing values', () => {
    expect(attrs({ 'data-area-id': 'a"b', r: 4, title: null, x: undefined })).toBe(
      ' data-area-id="a&quot;b" r="4"',
    )
  })
})
