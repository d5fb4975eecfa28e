import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

/**
 * The ECharts peer page. `vite build -c bench/peer/vite.config.ts` builds the tree-shaken
 * `echarts/core` variant into bench/out/peer/; `--mode full` builds the whole-bundle variant into
 * bench/out/peer-full/. Served by bench/server.ts next to the app's dist/, so `../geo/…` and
 * `../data/…` are the app's own files.
 */
export default defineConfig(({ mode }) => ({
  root: here('.'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  resolve: {
    alias:
      mode === 'full'
        ? [{ find: /^\.\/echarts-core(\.ts)?$/, replacement: here('./echarts-full.ts') }]
        : [],
  },
  build: {
    target: 'es2022',
    outDir: here(mode === 'full' ? '../out/peer-full' : '../out/peer'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
}))
