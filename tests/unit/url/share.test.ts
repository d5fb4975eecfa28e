import { describe, expect, it } from 'vitest'
import { shareLink, type ShareNavigator } from '../../../src/url/share'

const data = { url: 'https://example.test/#a=laoshan', title: '青岛承诺地图' }

function clipboard() {
  const written: string[] = []
  return { written, writeText: async (text: string) => void written.push(text) }
}

const abort = () => Object.assign(new Error('closed'), { name: 'AbortError' })

describe('shareLink', () => {
  it('uses the system share sheet where there is one, and copies nothing', async () => {
    const shared: ShareData[] = []
    const board = clipboard()
    const nav: ShareNavigator = { share: async (d) => void shared.push(d), clipboard: board }
    expect(await shareLink(nav, data)).toBe('shared')
    expect(shared).toEqual([data])
    expect(board.written).toEqual([])
  })

  it('copies the link when there is no share sheet', async () => {
    const board = clipboard()
    expect(await shareLink({ clipboard: board }, data)).toBe('copied')
    expect(board.written).toEqual([data.url])
  })

  it('treats a closed share sheet as the user’s choice', async () => {
    const board = clipboard()
    const nav: ShareNavigator = { share: () => Promise.reject(abort()), clipboard: board }
    expect(await shareLink(nav, data)).toBe('cancelled')
    expect(board.written).toEqual([])
  })

  it('falls back to copying when the share sheet fails', async () => {
    const board = clipboard()
    const nav: ShareNavigator = {
      share: () => Promise.reject(new DOMException('no', 'NotAllowedError')),
      clipboard: board,
    }
    expect(await shareLink(nav, data)).toBe('copied')
  })

  it('says it failed when the clipboard refuses', async () => {
    const nav: ShareNavigator = { clipboard: { writeText: () => Promise.reject(new Error('x')) } }
    expect(await shareLink(nav, data)).toBe('failed')
    expect(await shareLink({}, data)).toBe('failed')
  })
})
