import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref, watch } from 'vue'
import { bindStores, syncHash, type HashWindow } from '../../../src/composables/useUrlState'
import { usePledgeStore } from '../../../src/stores/pledges'
import { useSelectionStore } from '../../../src/stores/selection'
import { useViewStore } from '../../../src/stores/view'
import { fig } from '../../fixtures/pledges/figures'

const areaIds = new Set(['laoshan', 'huangdao', 'pingdu'])

/**
 * A browser history in memory: entries with their URLs, the current index, and `popstate` on
 * Back/Forward and on navigating to a new hash (what Chromium does when a link is typed).
 */
function fakeWindow(initialHash: string) {
  const events = new EventTarget()
  const entries = [`http://app/${initialHash}`]
  let index = 0
  const pushes: string[] = []
  const current = () => new URL(entries[index] ?? 'http://app/')
  const resolve = (url: string | URL | null | undefined) => String(new URL(String(url), current()))
  const pop = () => events.dispatchEvent(new Event('popstate'))
  const win: HashWindow = {
    location: {
      get hash() {
        return current().hash
      },
      pathname: '/',
      search: '',
    },
    history: {
      state: null,
      pushState(_data, _unused, url) {
        entries.splice(index + 1, Infinity, resolve(url))
        index++
        pushes.push(current().hash)
      },
      replaceState(_data, _unused, url) {
        entries[index] = resolve(url)
      },
    },
    addEventListener: (type, listener) => events.addEventListener(type, listener),
    removeEventListener: (type, listener) => events.removeEventListener(type, listener),
  }
  return {
    win,
    /** Hashes written with pushState, in order: the entries the app itself added. */
    pushes,
    hashes: () => entries.map((e) => new URL(e).hash),
    hash: () => current().hash,
    back() {
      index--
      pop()
    },
    forward() {
      index++
      pop()
    },
    /** The user follows a link to `hash` on the same page: the browser adds the entry. */
    navigate(hash: string) {
      entries.splice(index + 1, Infinity, `http://app/${hash}`)
      index++
      pop()
    },
  }
}

function start(initialHash: string) {
  const browser = fakeWindow(initialHash)
  const locale = ref('zh')
  const scope = effectScope()
  const sync = scope.run(() =>
    syncHash(
      bindStores(
        locale,
        () => areaIds,
        () => new Set(),
      ),
      browser.win,
    ),
  )!
  return { browser, locale, sync, stop: () => (sync.stop(), scope.stop()) }
}

beforeEach(() => setActivePinia(createPinia()))

describe('syncHash with the stores', () => {
  it('applies a link on start and normalises it in place', () => {
    const { browser, sync } = start('#a=laoshan&m=prj&x=1')
    expect(useSelectionStore().selectedId).toBe('laoshan')
    expect(useViewStore().metric).toBe('projects')
    expect(sync.problems.value.map((p) => `${p.key}=${p.value}`)).toEqual(['x=1'])
    expect(browser.hashes()).toEqual(['#a=laoshan&m=prj&l=zh'])
  })

  it('adds no history entry after applying a link on start', async () => {
    const { browser } = start('#a=laoshan')
    await nextTick()
    expect(browser.pushes).toEqual([])
    expect(browser.hashes()).toEqual(['#a=laoshan&l=zh'])
  })

  it('pushes a new area and replaces for other changes', async () => {
    const { browser } = start('#a=laoshan')
    useSelectionStore().select('huangdao')
    await nextTick()
    useViewStore().metric = 'projects'
    await nextTick()
    expect(browser.hashes()).toEqual(['#a=laoshan&l=zh', '#a=huangdao&m=prj&l=zh'])
  })

  it('restores each entry on Back and Forward without writing history', async () => {
    const { browser } = start('#a=laoshan')
    useSelectionStore().select('huangdao')
    await nextTick()
    useViewStore().metric = 'projects'
    await nextTick()
    const before = browser.hashes()

    browser.back()
    await nextTick()
    expect(useSelectionStore().selectedId).toBe('laoshan')
    expect(useViewStore().metric).toBe('investment')
    expect(browser.hash()).toBe('#a=laoshan&l=zh')

    browser.forward()
    await nextTick()
    expect(useSelectionStore().selectedId).toBe('huangdao')
    expect(useViewStore().metric).toBe('projects')
    expect(browser.hashes()).toEqual(before)
    expect(browser.pushes).toEqual(['#a=huangdao&l=zh'])
  })

  // The old guard was reset before Vue ran the watcher, so a link without `l=` differed from
  // the hash it produced and was pushed as a second entry.
  it('replaces, not pushes, when a followed link is not in normal form', async () => {
    const { browser } = start('#a=laoshan')
    browser.navigate('#a=pingdu')
    await nextTick()
    expect(useSelectionStore().selectedId).toBe('pingdu')
    expect(browser.hashes()).toEqual(['#a=laoshan&l=zh', '#a=pingdu&l=zh'])
    expect(browser.pushes).toEqual([])
  })

  it('only replaces the entry for what other watchers derive from an applied link', async () => {
    const { browser } = start('')
    const selection = useSelectionStore()
    // Stands in for a store that reacts to an applied state by selecting an area.
    const scope = effectScope()
    scope.run(() =>
      watch(
        () => useViewStore().metric,
        (m) => m === 'projects' && selection.select('huangdao'),
      ),
    )
    browser.navigate('#m=prj')
    await nextTick()
    expect(selection.selectedId).toBe('huangdao')
    expect(browser.hashes()).toEqual(['#l=zh', '#a=huangdao&m=prj&l=zh'])
    expect(browser.pushes).toEqual([])
    scope.stop()
  })

  it('follows the language into the link', async () => {
    const { browser, locale } = start('#a=laoshan&l=en')
    expect(locale.value).toBe('en')
    locale.value = 'zh'
    await nextTick()
    expect(browser.hashes()).toEqual(['#a=laoshan&l=zh'])
  })

  it('stops listening when stopped', async () => {
    const { browser, stop } = start('#a=laoshan')
    stop()
    browser.navigate('#a=pingdu')
    useViewStore().metric = 'projects'
    await nextTick()
    expect(useSelectionStore().selectedId).toBe('laoshan')
    expect(browser.hashes()).toEqual(['#a=laoshan&l=zh', '#a=pingdu'])
  })
})

describe('syncHash with a legacy #figure- link', () => {
  it('selects the figure’s area, asks the panel for the figure and reports nothing', () => {
    const pledges = usePledgeStore()
    pledges.data = {
      reports: [],
      areas: [],
      figures: [fig({ id: 'r001-f037', areaId: 'pingdu', metric: 'gdp', value: 1200 })],
      commitments: [],
      problems: [],
    }
    const { browser, sync } = start('#figure-r001-f037')
    expect(useSelectionStore().selectedId).toBe('pingdu')
    expect(useSelectionStore().figureRequest).toBe('r001-f037')
    expect(sync.problems.value).toEqual([])
    expect(browser.hashes()).toEqual(['#a=pingdu&l=zh'])
  })
})
