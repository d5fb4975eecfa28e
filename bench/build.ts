import { spawnSync } from 'node:child_process'

/** Outcome of one build step. */
export interface BuildResult {
  label: string
  ok: boolean
}

/** Runs `npx vite build …` in `cwd`, streaming its output to stderr so stdout stays the report. */
export function viteBuild(label: string, cwd: string, args: readonly string[] = []): BuildResult {
  console.error(`bench: building ${label}…`)
  const r = spawnSync('npx', ['vite', 'build', ...args], { cwd, stdio: ['ignore', 2, 2] })
  return { label, ok: r.status === 0 }
}
