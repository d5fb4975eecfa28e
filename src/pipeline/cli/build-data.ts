/**
 * `npm run build:data`: read public/reports/*.txt (the five reports and any added with
 * `npm run add-report`), run the pure pipeline, write public/data/pledges.json and
 * public/reports/manifest.json.
 */
import { fileURLToPath } from 'node:url'
import { buildPledges, readProjectInputs, summary, writePublished } from './project'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const data = buildPledges(readProjectInputs(root))
writePublished(root, data)
console.log(summary(data))
