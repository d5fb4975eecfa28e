import { defineConfig } from 'vitest/config'

/** End-to-end tests: the built app in headless Chromium. One file at a time (2-core machines). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // expect.poll waits 1 s by default. The app waits for the browser on purpose (an idle
    // callback up to 2 s, a debounced URL write), and a loaded 2-core CI machine is slower still:
    // a state the app reaches is waited for, a state it never reaches still fails.
    expect: { poll: { timeout: 10_000 } },
  },
})
