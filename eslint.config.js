import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

export default defineConfigWithVueTs(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'public/**',
      'coverage/**',
      'bench/out/**',
      'analyze/**',
      'tests/e2e/out/**',
    ],
  },
  js.configs.recommended,
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='setHTML']",
          message: 'Render report text as text: use setText or setDOMContent.',
        },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@turf/turf', message: 'Import per-module @turf/* packages.' }] },
      ],
    },
  },
  {
    files: ['**/*.vue'],
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    files: ['geo/**', 'tests/**', 'bench/**', 'scripts/**', 'src/pipeline/cli/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  // Prettier owns formatting; ESLint keeps to correctness rules.
  skipFormatting,
)
