import { defineConfig } from 'vitest/config'
import { precompiledMessages } from './build/precompileMessages.ts'

export default defineConfig({
  // src/i18n imports the build's compiled messages; under test they are `null` (compiled at run time).
  plugins: [precompiledMessages()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
})
