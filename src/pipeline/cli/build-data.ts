/**
 * `npm run build:data`: read public/reports/*.txt, run the pure pipeline, write
 * public/data/pledges.json and public/reports/manifest.json. All file I/O lives here.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { AREAS } from '../data/areas'
import { reportsToPledges } from './build'
import { readInputs } from './inputs'
import { OVERRIDES } from './overrides'
import { pledgesToJson, reportsToManifest } from './serialize'

const root = new URL('../../', import.meta.url)
const at = (p: string): string => fileURLToPath(new URL(p, root))

const inputs = readInputs((file) => readFileSync(at(`public/reports/${file}`), 'utf8'))
const data = reportsToPledges(inputs, AREAS, OVERRIDES.attribution)
writeFileSync(at('public/data/pledges.json'), pledgesToJson(data))
writeFileSync(at('public/reports/manifest.json'), reportsToManifest(data.reports))

const warnings = data.problems.filter((p) => p.severity === 'warning')
console.log(
  `pledges.json: ${data.figures.length} figures, ${data.commitments.length} commitments, ` +
    `${data.problems.length} problems (${warnings.length} warnings), ` +
    `${OVERRIDES.attribution.length} overrides`,
)
for (const w of warnings) console.log(`  warning ${w.reportId} ${w.start}-${w.end}: ${w.message}`)
