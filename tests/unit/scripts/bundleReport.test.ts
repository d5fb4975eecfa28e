import { describe, expect, it } from 'vitest'
import {
  bundleReport,
  initialChunks,
  moduleName,
  type ChunkSummary,
} from '../../../scripts/bundleReport'

const chunk = (fileName: string, over: Partial<ChunkSummary> = {}): ChunkSummary => ({
  fileName,
  isEntry: false,
  code: `/* ${fileName} */`,
  imports: [],
  dynamicImports: [],
  modules: {},
  ...over,
})

describe('bundle report', () => {
  it('counts as initial the entry and what it imports statically, not what it loads lazily', () => {
    const chunks = [
      chunk('index.js', { isEntry: true, imports: ['vue.js'], dynamicImports: ['map.js'] }),
      chunk('vue.js', { imports: ['shared.js'] }),
      chunk('shared.js'),
      chunk('map.js', { imports: ['shared.js', 'maplibre.js'] }),
      chunk('maplibre.js'),
    ]
    expect([...initialChunks(chunks)].sort()).toEqual(['index.js', 'shared.js', 'vue.js'])
  })

  it.each([
    ['/app/node_modules/@vue/runtime-core/dist/x.js', '@vue/runtime-core'],
    ['/app/node_modules/.pnpm/a/node_modules/d3-geo/src/path/index.js', 'd3-geo'],
    ['/app/src/i18n/zh.ts', 'src/i18n/zh.ts'],
    ['/app/src/App.vue?vue&type=style&index=0', 'src/App.vue'],
    ['\0virtual:compiled-messages', 'virtual:compiled-messages'],
  ])('names %s as %s', (id, name) => {
    expect(moduleName(id, '/app/')).toBe(name)
  })

  it('sums a package’s modules into one row, largest first', () => {
    const [report] = bundleReport(
      [
        chunk('index.js', {
          isEntry: true,
          modules: {
            '/app/node_modules/d3-geo/a.js': { code: 'x'.repeat(50) },
            '/app/node_modules/d3-geo/b.js': { code: 'y'.repeat(50) },
            '/app/src/main.ts': { code: 'z' },
          },
        }),
      ],
      '/app/',
    )
    expect(report!.initial).toBe(true)
    expect(report!.modules.map((m) => m.module)).toEqual(['d3-geo', 'src/main.ts'])
  })
})
