import { describe, expect, it } from 'vitest'
import { isTypingTarget, keyToAction } from '../../../src/tour/keys'

describe('keyToAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['a', 'togglePlay'],
    ['Escape', 'leave'],
    ['x', null],
    ['p', null],
  ] as const)('maps %j to %s while presenting', (key, action) => {
    expect(keyToAction({ key }, true)).toBe(action)
  })

  it('goes back on Shift+Space', () => {
    expect(keyToAction({ key: ' ', shiftKey: true }, true)).toBe('prev')
  })

  it('starts the presentation with P from the explorer and ignores the clicker keys there', () => {
    expect(keyToAction({ key: 'p' }, false)).toBe('enter')
    expect(keyToAction({ key: 'P', shiftKey: true }, false)).toBe('enter')
    expect(keyToAction({ key: 'ArrowRight' }, false)).toBeNull()
    expect(keyToAction({ key: 'Escape' }, false)).toBeNull()
  })

  it('leaves browser shortcuts alone', () => {
    expect(keyToAction({ key: 'p', ctrlKey: true }, false)).toBeNull()
    expect(keyToAction({ key: 'ArrowRight', altKey: true }, true)).toBeNull()
  })
})

describe('isTypingTarget', () => {
  it.each([
    [{ tagName: 'INPUT' }, true],
    [{ tagName: 'SELECT' }, true],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'BUTTON' }, false],
    [null, false],
  ])('%j → %s', (target, typing) => {
    expect(isTypingTarget(target as EventTarget | null)).toBe(typing)
  })
})
