declare module 'virtual:compiled-messages' {
  /** build/precompileMessages.ts: the build's compiled messages; `null` on the dev server. */
  const compiled: import('./compiled').CompiledMessages | null
  export default compiled
}
