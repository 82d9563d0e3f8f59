import { describe, expect, it } from 'vitest'
import { methodTitles } from './audit'
import { contract } from './index'

describe('操作日志 names every audited method in Chinese', () => {
  it('every method that writes (and so leaves an audit row) has a title', () => {
    const audited = Object.entries(contract).filter(([, spec]) => spec.writes !== false).map(([method]) => method)
    expect(audited.filter((method) => !Object.hasOwn(methodTitles, method))).toEqual([])
  })

  it('titles are Chinese, not method names', () => {
    expect(Object.values(methodTitles).filter((title) => /[a-z]/i.test(title))).toEqual([])
  })
})
