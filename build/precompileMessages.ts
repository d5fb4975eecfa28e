/**
 * vue-i18n without its message compiler in the browser: every message is compiled here, at build
 * time, into the AST that vue-i18n's runtime evaluates (the JIT AST @intlify/unplugin-vue-i18n
 * emits). Messages with plurals, linked messages or literals ship that AST, from the virtual
 * module `virtual:compiled-messages` (src/i18n/compiled.ts merges it over the plain messages).
 * Plain text and `{name}`-only messages (194 of 202 with syntax) stay strings, shared with the pure
 * code (exports, legend, headlines) that reads `messages[lang]`: the browser rebuilds their AST
 * with `placeholderAst`, and this build fails over to shipping the AST for any message where
 * that would differ from the compiler's, so the text is not shipped twice.
 *
 * Why not @intlify/unplugin-vue-i18n: it rewrites the resource modules themselves, so every
 * importer of src/i18n/*.ts — the legend and headline formatters in the browser bundle among
 * them — would get AST objects instead of strings; and its versions for Vite 8 need Node 22.
 *
 * In `vite build` the plugin also sets vue-i18n's feature flags: no message compiler, no legacy
 * API, no global `<i18n-t>`/`v-t` (unused here), no production devtools. The dev server keeps
 * the full build and compiles at run time (the virtual module is `null` there), so message edits
 * hot-reload as before. A build reads the messages once, when the config loads.
 */
import { isDeepStrictEqual } from 'node:util'
import { baseCompile, detectHtmlTag, type CompileError } from '@intlify/message-compiler'
import type { Plugin } from 'vite'
import { messages } from '../src/i18n/messages.ts'
import { placeholderAst, type CompiledMessages } from '../src/i18n/compiled.ts'

export const COMPILED_MESSAGES_ID = 'virtual:compiled-messages'
const RESOLVED_ID = '\0' + COMPILED_MESSAGES_ID

type Tree = { readonly [key: string]: string | Tree }

/**
 * Each leaf that needs compiling, as `[path, ast]`, and the problems found: syntax errors and
 * HTML (the interface renders messages as text only, so markup in a message is a mistake).
 */
export function compileTree(tree: Tree, path: readonly string[] = []) {
  const compiled: CompiledMessages[string] = []
  const problems: string[] = []
  for (const [key, value] of Object.entries(tree)) {
    const at = [...path, key]
    if (typeof value !== 'string') {
      const inner = compileTree(value, at)
      compiled.push(...inner.compiled)
      problems.push(...inner.problems)
      continue
    }
    if (detectHtmlTag(value)) problems.push(`${at.join('.')}: HTML in a message`)
    const errors: CompileError[] = []
    const { ast } = baseCompile(value, {
      jit: true,
      location: false,
      minify: true,
      onError: (e) => errors.push(e),
    })
    for (const e of errors) problems.push(`${at.join('.')}: ${e.message}`)
    if (!isPlainText(ast, value) && !isDeepStrictEqual(ast, placeholderAst(value))) {
      compiled.push([at, ast])
    }
  }
  return { compiled, problems }
}

/** True when the message is its own text: one static part equal to the source (no escapes). */
function isPlainText(ast: object, source: string): boolean {
  const body = (ast as { b?: { t?: number; s?: string } }).b
  return body?.t === 2 && body.s === source
}

/** The Vite plugin: the virtual module and, for builds, vue-i18n's runtime-only flags. */
export function precompiledMessages(): Plugin {
  let isBuild = false
  return {
    name: 'precompiled-messages',
    config(_config, { command }) {
      isBuild = command === 'build'
      if (!isBuild) return
      return {
        define: {
          __VUE_I18N_FULL_INSTALL__: 'false',
          __VUE_I18N_LEGACY_API__: 'false',
          __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
          __INTLIFY_PROD_DEVTOOLS__: 'false',
        },
      }
    },
    resolveId: (id) => (id === COMPILED_MESSAGES_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return
      if (!isBuild) return 'export default null'
      const out: CompiledMessages = {}
      const problems: string[] = []
      for (const [lang, tree] of Object.entries(messages)) {
        const result = compileTree(tree)
        out[lang] = result.compiled
        problems.push(...result.problems.map((p) => `${lang}.${p}`))
      }
      if (problems.length > 0) this.error(`Messages that do not compile:\n${problems.join('\n')}`)
      return `export default ${JSON.stringify(out)}`
    },
  }
}
