import { describe, expect, it } from 'vitest'
import { baseCompile } from '@intlify/message-compiler'
import { createI18n } from 'vue-i18n'
import { compileTree } from '../../../build/precompileMessages'
import { placeholderAst, precompiledCompiler, withCompiled } from '../../../src/i18n/compiled'
import { messages } from '../../../src/i18n/messages'

/** Every leaf path of a message tree. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  )
}

/** Arguments for every `{name}` placeholder a message may use, recognisable in the output. */
const params = (text: string) =>
  Object.fromEntries([...text.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], `<${m[1]}>`]))

describe('compileTree', () => {
  it('ships the AST of plurals, linked messages and literals; plain and {name}-only stay strings', () => {
    const { compiled, problems } = compileTree({
      plain: '青岛承诺地图',
      named: '{n} 个项目',
      plural: '{n} figure | {n} figures',
      linked: '@:plain',
      literal: "a {'{'} brace",
      spaced: 'rank { rank }',
      nested: { deep: 'rank {rank} of {peers}', plural: '{n} area | {n} areas' },
    })
    expect(problems).toEqual([])
    expect(compiled.map(([path]) => path.join('.'))).toEqual([
      'plural',
      'linked',
      'literal',
      'spaced',
      'nested.plural',
    ])
  })

  it.each(['{n} 个项目', '第 {rank} 名 / {peers} {level}', '{file}', '无法加载 {file}。', 'plain'])(
    'rebuilds the compiler’s AST of %s without the compiler',
    (source) => {
      const { ast } = baseCompile(source, { jit: true, location: false, minify: true })
      const expected = source.includes('{') ? ast : { t: 0, b: { t: 2, i: [{ t: 3, v: source }] } }
      expect(placeholderAst(source)).toEqual(expected)
    },
  )

  it('reports HTML and syntax errors with the key', () => {
    const { problems } = compileTree({ html: 'a <b>bold</b> word', broken: 'open {brace' })
    expect(problems.some((p) => p.startsWith('html: HTML'))).toBe(true)
    expect(problems.some((p) => p.startsWith('broken: '))).toBe(true)
  })

  it('finds no problem in the app’s messages', () => {
    for (const tree of Object.values(messages)) expect(compileTree(tree).problems).toEqual([])
  })
})

describe('precompiled messages in vue-i18n', () => {
  const plain = createI18n({ legacy: false, locale: 'zh', messages })
  const compiled = createI18n({
    legacy: false,
    locale: 'zh',
    messages: {
      zh: withCompiled(messages.zh, compileTree(messages.zh).compiled),
      en: withCompiled(messages.en, compileTree(messages.en).compiled),
    },
    messageCompiler: precompiledCompiler,
  })

  it.each(['zh', 'en'] as const)(
    'say every %s message as the runtime compiler does, plurals included',
    (lang) => {
      plain.global.locale.value = lang
      compiled.global.locale.value = lang
      const paths = keys(messages[lang])
      expect(paths.length).toBeGreaterThan(400)
      for (const path of paths) {
        const source = path
          .split('.')
          .reduce<unknown>((t, k) => (t as Record<string, unknown>)[k], messages[lang]) as string
        const args = params(source)
        for (const n of [1, 2]) {
          const a = plain.global.t(path, { n, ...args }, n)
          const b = compiled.global.t(path, { n, ...args }, n)
          expect(b, path).toBe(a)
        }
      }
    },
  )

  it('leaves the plain messages that pure code reads untouched', () => {
    const before = JSON.stringify(messages)
    withCompiled(messages.zh, compileTree(messages.zh).compiled)
    expect(JSON.stringify(messages)).toBe(before)
  })
})
