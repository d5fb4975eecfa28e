/**
 * `npm run build:data`: read public/reports/*.txt (the five reports and any added with
 * `npm run add-report`) with their decisions files, run the pure pipeline, write
 * public/data/pledges.json and public/reports/manifest.json (both or neither, see publish.ts).
 */
import { fileURLToPath } from 'node:url'
import { withProjectLock } from './publish'
import { buildPledges, readProjectInputs, summary, writePublished } from './project'

const root = fileURLToPath(new URL('../../../', import.meta.url))
try {
  // Under the project lock, like add-report --write: it finishes a crashed publish first and
  // never interleaves its two files with another writer's.
  await withProjectLock(root, () => {
    const data = buildPledges(readProjectInputs(root))
    writePublished(root, data)
    console.log(summary(data))
  })
} catch (err) {
  // A malformed decisions file or added-reports.json: one line naming it, not a stack trace.
  console.error(`build:data: ${err instanceof Error ? err.message : String(err)}`)
  process.exitCode = 1
}
