import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { precacheIntegrity } from './build/precacheIntegrity.ts'
import { precompiledMessages } from './build/precompileMessages.ts'
import { prerender } from './build/prerender.ts'

/**
 * The strict Content-Security-Policy goes into the built index.html only: the dev server injects
 * <style> tags for hot reload, which the policy would (rightly) block.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

function strictCsp(): Plugin {
  return {
    name: 'strict-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  }
}

const integrity = precacheIntegrity()

/**
 * The service worker (src/sw.ts, Workbox) with every built file precached under its revision and
 * SRI hash. Registered from src/main.ts (`injectRegister: false`: the plugin's inline or extra
 * register script is not needed, and nothing inline passes the CSP); public/manifest.webmanifest
 * stays the app's manifest.
 */
const serviceWorker = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src',
  filename: 'sw.ts',
  registerType: 'prompt',
  // The directory the app is served from, whatever its path (/, /apps/pledge-map/): the worker
  // registers as ./sw.js and controls that directory only.
  scope: './',
  // Workbox without its development logging, whatever NODE_ENV the build runs under (tests).
  mode: 'production',
  injectRegister: false,
  manifest: false,
  injectManifest: {
    globPatterns: ['**/*'],
    // createMap (MapLibre) is about 1.1 MB; the default limit is 2 MiB.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // A hashed file's name is its revision: no `?__WB_REVISION__` and no second copy per deploy.
    dontCacheBustURLsMatching: /^assets\/.+-[\w-]{8}\.\w+$/,
    manifestTransforms: [integrity.transform],
  },
})

export default defineConfig({
  base: './',
  plugins: [
    vue(),
    precompiledMessages(),
    strictCsp(),
    prerender(),
    integrity.plugin,
    serviceWorker,
  ],
  build: {
    target: 'es2022',
    // CSS stays in files (no inline <style>, so the CSP needs no 'unsafe-inline'), one per chunk:
    // MapLibre's own sheet (10 kB gzip) and the lazy views' styles load with their chunks, as
    // <link>s the preload helper adds before the chunk runs, not before the first view.
    cssCodeSplit: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        // The framework the entry and the lazy chunks share, in one chunk named for what it holds
        // (left to itself, the bundler names a shared chunk after its first module).
        codeSplitting: {
          groups: [
            { name: 'vue', test: /[\\/]node_modules[\\/](@vue|vue|vue-i18n|@intlify|pinia)[\\/]/ },
            { name: 'turf', test: /[\\/]node_modules[\\/]@turf[\\/]/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
})
