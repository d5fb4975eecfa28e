import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createServer, type Plugin } from 'vite'

/** What src/prerender/render.ts and state.ts export, as this plugin calls them. */
interface PrerenderModules {
  prerenderFiles: (
    geo: unknown,
    pledges: unknown,
  ) => { html: string; aspect: number; labelCss: string }
  prerenderStateScript: () => string
}

const STATE_SCRIPT = 'prerender-state.js'
const STYLESHEET = /\/src\/prerender\/prerender\.css$/

/**
 * Loads the renderer with Vite's own module runner, so it runs exactly as in the app (TypeScript,
 * `?raw` imports, the same parsers, scales and messages) without being bundled into this config.
 */
async function loadRenderer(root: string): Promise<PrerenderModules> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    const render = await server.ssrLoadModule('/src/prerender/render.ts')
    const state = await server.ssrLoadModule('/src/prerender/state.ts')
    return { ...render, ...state } as unknown as PrerenderModules
  } finally {
    await server.close()
  }
}

/**
 * The default view's choropleth, prerendered into index.html at build time from
 * public/geo/districts.geojson and public/data/pledges.json (README, "The first view"): it paints
 * with the HTML, before any script. Also writes into its stylesheet the aspect ratio of the map's
 * box and the rules that declutter its labels at each size, and prerender-state.js, the small
 * blocking script that hides it for a link to another view.
 */
export function prerender(): Plugin {
  let root = process.cwd()
  let built: Promise<{ html: string; aspect: number; labelCss: string; script: string }> | null =
    null
  const build = () =>
    (built ??= loadRenderer(root).then((m) => {
      const read = (path: string): unknown =>
        JSON.parse(readFileSync(resolve(root, 'public', path), 'utf8'))
      const page = m.prerenderFiles(read('geo/districts.geojson'), read('data/pledges.json'))
      return { ...page, script: m.prerenderStateScript() }
    }))
  return {
    name: 'pledge-map-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    // Started at once: the renderer loads while the app's modules are transformed.
    buildStart() {
      void build()
    },
    transform: {
      order: 'pre',
      async handler(code, id) {
        if (!STYLESHEET.test(id.split('?')[0] ?? '')) return null
        const { aspect, labelCss } = await build()
        const sized = code.replace('--pr-aspect: 1;', `--pr-aspect: ${aspect.toFixed(5)};`)
        return `${sized}\n/* The labels' declutter at each map size (src/prerender/labelRules.ts). */\n${labelCss}\n`
      },
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const page = await build()
        if (!html.includes('<div id="app"></div>')) throw new Error('index.html: no <div id="app">')
        return firstInHead(
          html.replace('<div id="app"></div>', `${page.html}\n    <div id="app"></div>`),
        )
      },
    },
    async generateBundle() {
      const { script } = await build()
      this.emitFile({ type: 'asset', fileName: STATE_SCRIPT, source: script })
    },
  }
}

const VIEWPORT = /<meta name="viewport"[^>]*>/
const STYLESHEET_LINK = /\s*<link rel="stylesheet"[^>]*>/

/**
 * What the first paint waits for goes first in <head>, right after the CSP and viewport metas:
 * the stylesheet and the classic (blocking) script that hides the prerender for a link to
 * another view, ahead of the data preloads and the app's module chunks. Over HTTP/1.1's six
 * connections, requested last they queued behind the scripts and held the parser and the paint.
 */
export function firstInHead(html: string): string {
  const viewport = VIEWPORT.exec(html)
  if (!viewport) throw new Error('index.html: no viewport meta')
  const sheets = html.match(new RegExp(STYLESHEET_LINK.source, 'g')) ?? []
  const rest = sheets.reduce((h, link) => h.replace(link, ''), html)
  const first = [...sheets.map((l) => l.trim()), `<script src="./${STATE_SCRIPT}"></script>`]
  return rest.replace(viewport[0], `${viewport[0]}\n    ${first.join('\n    ')}`)
}
