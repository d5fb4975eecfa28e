// mapshaper ships no type definitions; this declares the one entry point the geo build uses.
declare module 'mapshaper' {
  const mapshaper: {
    /**
     * Runs mapshaper command-line commands on in-memory inputs (keyed by file name) and resolves
     * with the outputs of every `-o` command, keyed by file name.
     */
    applyCommands(
      commands: string,
      input: Record<string, unknown>,
    ): Promise<Record<string, string | Uint8Array>>
  }
  export default mapshaper
}
