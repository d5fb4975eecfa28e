import * as v from 'valibot'

/** The outcome of parsing a data file at the edge: a typed value, or why it was refused. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; detail: string }

/** `figures[3].kind`: where in the file an issue is, in the notation a reader would type. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = ''
  for (const item of issue.path ?? []) {
    const key = 'key' in item ? item.key : undefined
    path += typeof key === 'number' ? `[${key}]` : path === '' ? String(key) : `.${String(key)}`
  }
  return path
}

/**
 * Runs a valibot schema and turns its first issue into one line naming the bad field, so a
 * malformed file says where it is broken (`figures[3].kind: Invalid type: …`).
 */
export function parseWith<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): Parsed<v.InferOutput<S>> {
  const result = v.safeParse(schema, input, { abortEarly: true })
  if (result.success) return { ok: true, value: result.output }
  const issue = result.issues[0]
  const path = issuePath(issue)
  return { ok: false, detail: path === '' ? issue.message : `${path}: ${issue.message}` }
}

/** A finite number: JSON has no NaN, but a hand-edited or generated file can hold 1e999. */
export const finiteNumber = v.pipe(v.number(), v.finite())

/** Compile-time check that a schema's output is exactly a domain type (`true` or an error). */
export type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
