import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { serviceWorker } from './build/sw-plugin.ts'

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

export default defineConfig({
  base: './',
  plugins: [vue(), strictCsp(), serviceWorker()],
  build: {
    target: 'es2022',
    // Keep CSS in files (no inline <style>) so the CSP needs no 'unsafe-inline'.
    cssCodeSplit: false,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1100,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
})
