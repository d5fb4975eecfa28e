/**
 * `npm run licenses`: the licences of every package shipped to the browser (the production
 * dependency tree in package-lock.json), written to public/licenses.txt so the app can show it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { licenseList, renderLicenses } from './licenseList'

const root = fileURLToPath(new URL('../', import.meta.url))
const read = (path: string) => readFileSync(root + path, 'utf8')
const list = licenseList(JSON.parse(read('package-lock.json')), (pkgPath) => {
  try {
    return JSON.parse(read(`${pkgPath}/package.json`))
  } catch {
    return null
  }
})
writeFileSync(root + 'public/licenses.txt', renderLicenses(list))
console.log(`public/licenses.txt: ${list.length} packages`)
