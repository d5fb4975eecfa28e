import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** Chromium to drive: `CHROMIUM_PATH`, else Debian's, else Google Chrome's usual path. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]
  const found = candidates.find((p): p is string => !!p && existsSync(p))
  if (!found) {
    throw new Error('No Chromium found: install it or set CHROMIUM_PATH=/path/to/chrome')
  }
  return found
}

/**
 * Flags for a closed network (no background calls to Google's hosts) and WebGL through
 * SwiftShader, shared by the end-to-end tests and the benchmark.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
]

/** Headless Chromium with the shared flags and any extra ones (e.g. `--disable-webgl`). */
export function launchChromium(
  extraArgs: string[] = [],
  executablePath = chromiumPath(),
): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] })
}
