import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ALLOWED, licenseList, renderLicenses } from '../../../scripts/licenseList'

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
const readPackage = (path: string) => {
  try {
    return JSON.parse(readFileSync(`${path}/package.json`, 'utf8'))
  } catch {
    return null
  }
}
const list = licenseList(lock, readPackage)

describe('shipped dependency licences', () => {
  it('lists every production package, and no dev-only one', () => {
    const names = list.map((p) => p.name)
    expect(names).toContain('maplibre-gl')
    expect(names).toContain('vue')
    expect(names).not.toContain('vitest')
    expect(names).not.toContain('playwright-core')
  })
  it('ships only licences that allow it', () => {
    const other = list.filter((p) => !ALLOWED.includes(p.license))
    expect(other).toEqual([])
  })
  it('public/licenses.txt is up to date (run `npm run licenses` after changing dependencies)', () => {
    expect(readFileSync('public/licenses.txt', 'utf8')).toBe(renderLicenses(list))
  })
})
