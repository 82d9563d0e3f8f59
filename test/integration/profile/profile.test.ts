import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'

describe('本单位信息 profile', () => {
  let t: TestCore
  beforeEach(async () => {
    t = await createTestCore()
  })
  afterEach(async () => t.close())

  it('is empty on a new database, then saved and read back normalised', async () => {
    expect(await t.call('profile.get', {})).toBeNull()
    const saved = await t.call('profile.save', {
      name: '  木棠镇总工会 ',
      level: '乡镇总工会',
      creditCode: '81469023ma5tg1k26t',
      contactPhone: '+86 138-0013-8000',
    })
    expect(saved).toMatchObject({ name: '木棠镇总工会', creditCode: '81469023MA5TG1K26T', contactPhone: '13800138000', address: null })
    expect(await t.call('profile.get', {})).toEqual(saved)
  })

  it('refuses a wrong check character, names the field and the expected character, and changes nothing', async () => {
    await t.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
    const before = await t.dump()
    const r = await t.reply('profile.save', { name: '木棠镇总工会', level: '乡镇总工会', creditCode: '81469023MA5TG1K26U' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error).toMatchObject({ code: 'INVALID_INPUT', field: 'creditCode' })
    expect(r.error.message).toContain('统一社会信用代码')
    expect(r.error.message).toContain('T')
    expect(await t.dump()).toBe(before)
  })

  it('names an empty required field by its Chinese label', async () => {
    const r = await t.reply('profile.save', { name: '   ', level: '乡镇总工会' })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'name', message: '「单位名称」不能为空' } })
  })

  it('refuses a level outside the list', async () => {
    const r = await t.replyRaw('profile.save', { name: '某镇总工会', level: '省总工会' })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'level' } })
  })

  it('refuses a write to a viewer and records nothing', async () => {
    const before = await t.dump()
    const r = await t.reply('profile.save', { name: '某镇总工会', level: '乡镇总工会' }, 'viewer')
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await t.dump()).toBe(before)
  })
})
