import { preview, type PreviewServer } from 'vite'

/**
 * Serves the built `dist/` (or `outDir`, e.g. a copy a test deploys into) on 127.0.0.1 with
 * Vite's preview server, on a free port. Files are read from disk on each request, so a test can
 * replace them while the server runs.
 */
export async function serveDist(
  outDir?: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    ...(outDir ? { build: { outDir } } : {}),
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('preview server has no port')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  }
}
