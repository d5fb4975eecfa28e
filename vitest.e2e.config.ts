import { defineConfig } from 'vitest/config'

/** End-to-end tests: the built app in headless Chromium. One file at a time (2-core machines). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
})
