import { preview, type PreviewServer } from 'vite'

/** Serves the built `dist/` on 127.0.0.1 with Vite's preview server, on a free port. */
export async function serveDist(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
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
