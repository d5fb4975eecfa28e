import { compile, type MessageCompiler, type MessageFunction } from '@intlify/core-base'

/**
 * Messages compiled at build time (build/precompileMessages.ts): per language, the path and JIT
 * AST of each message whose syntax goes beyond `{name}` placeholders (plurals, linked messages,
 * literals). Plain-text and placeholder-only messages are not in it: they stay strings.
 */
export type CompiledMessages = Record<string, [path: string[], ast: object][]>

type Tree = { readonly [key: string]: unknown }

/** vue-i18n's message AST node types (@intlify/message-compiler `NodeTypes`). */
const RESOURCE = 0
const MESSAGE = 2
const TEXT = 3
const NAMED = 4

/**
 * The AST vue-i18n's compiler makes of a message whose only syntax is `{name}` placeholders,
 * without the compiler. The build checks every message it leaves as a string against the real
 * compiler's AST (build/precompileMessages.ts), so this never has to understand more.
 */
export function placeholderAst(source: string): object {
  const items: object[] = []
  let last = 0
  for (const m of source.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) items.push({ t: TEXT, v: source.slice(last, m.index) })
    items.push({ t: NAMED, k: m[1] })
    last = m.index + m[0].length
  }
  if (last < source.length) items.push({ t: TEXT, v: source.slice(last) })
  return { t: RESOURCE, b: { t: MESSAGE, i: items } }
}

/**
 * The message tree with each compiled path's string replaced by its AST. Copies only the objects
 * on those paths; the input (the plain messages pure code reads) is not changed.
 */
export function withCompiled<T extends Tree>(tree: T, compiled: CompiledMessages[string]): T {
  const root: Record<string, unknown> = { ...tree }
  for (const [path, ast] of compiled) {
    let node = root
    for (const key of path.slice(0, -1)) {
      const child = { ...(node[key] as Tree) }
      node[key] = child
      node = child
    }
    const leaf = path.at(-1)
    if (leaf !== undefined && typeof node[leaf] === 'string') node[leaf] = ast
  }
  return root as T
}

const bySource = new Map<string, MessageFunction<string>>()
const byAst = new WeakMap<object, MessageFunction<string>>()

/**
 * vue-i18n's message compiler for a build without its own: a string is plain text or has `{name}`
 * placeholders only (the build made sure), an object is a precompiled AST; both go to vue-i18n's
 * AST evaluator (`compile`'s AST branch, which needs no compiler). Cached like vue-i18n's own.
 */
export const precompiledCompiler: MessageCompiler = (message, context) => {
  if (typeof message === 'string') {
    let fn = bySource.get(message)
    if (!fn) {
      const source = message
      fn = source.includes('{')
        ? (compile(placeholderAst(source) as never, context) as MessageFunction<string>)
        : () => source
      bySource.set(message, fn)
    }
    return fn
  }
  let fn = byAst.get(message)
  if (!fn) byAst.set(message, (fn = compile(message, context) as MessageFunction<string>))
  return fn
}
