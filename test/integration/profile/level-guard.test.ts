import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Reply } from '../../../shared/errors'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { federationCore, officeWithPackage, seedTwoTowns } from '../exchange/federation-views-fixtures'

// An office's register and a federation's registered offices never share one database (issue 15): core refuses,
// whatever the screen offers, and the refusal leaves every table as it was.

const open: TestCore[] = []
const track = (t: TestCore) => (open.push(t), t)
afterEach(async () => {
  for (const t of open.splice(0)) await t.close()
})

async function refusedUnchanged(t: TestCore, run: () => Promise<Reply<unknown>>) {
  const before = await t.dump()
  const r = await run()
  expect(await t.dump()).toBe(before)
  if (r.ok) throw new Error('expected a refusal')
  return r.error
}

describe('本单位层级 and the data already in the database', () => {
  it('refuses a federation level on an office that holds members and sent packages, naming both', async () => {
    const fed = track(await federationCore())
    const fedCard = (await fed.call('exchange.initKeys', {})).text
    const outDir = mkdtempSync(join(tmpdir(), 'level-guard-'))
    try {
      const office = track(
        (await officeWithPackage({ name: '甲镇总工会', creditCode: '81469023MA5TG1K26T', fedCard, outDir, members: [{ name: '张三', idNumber: '11010519491231002X', joinDate: '2024-03-01' }] })).core,
      )
      const error = await refusedUnchanged(office, () => office.reply('profile.save', { name: '甲镇总工会', level: '县（区）总工会' }))
      expect(error).toMatchObject({ code: 'CONFLICT', field: 'level' })
      expect(error.message).toContain('1 名会员')
      expect(error.message).toContain('1 个已生成的上报包')
    } finally {
      rmSync(outDir, { recursive: true, force: true })
    }
  })

  it('refuses an office level on a federation that has registered offices, naming how many', async () => {
    const fed = track(await federationCore())
    await seedTwoTowns(fed)
    const error = await refusedUnchanged(fed, () => fed.reply('profile.save', { name: '某某县总工会', level: '乡镇总工会' }))
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'level' })
    expect(error.message).toContain('3 个已登记的下级单位')
    // Staying a federation (another federation level, other fields) is still allowed.
    expect(await fed.call('profile.save', { name: '某某市总工会', level: '市总工会' })).toMatchObject({ level: '市总工会' })
  })

  it('lets a database without the other side’s data change sides both ways', async () => {
    const t = track(await createTestCore())
    await t.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
    await t.call('orgs.save', { name: '木棠镇机关工会', type: '机关事业单位工会' })
    expect(await t.call('profile.save', { name: '木棠县总工会', level: '县（区）总工会' })).toMatchObject({ level: '县（区）总工会' })
    expect(await t.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })).toMatchObject({ level: '乡镇总工会' })
  })
})

describe('示例数据 on a federation', () => {
  it('refuses demo.load with a Chinese message and leaves the database as it was', async () => {
    const fed = track(await federationCore())
    const error = await refusedUnchanged(fed, () => fed.reply('demo.load', { members: 50, seed: 1 }))
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toContain('不能载入示例数据')
    expect(error.message).toContain('县（区）总工会')
  })
})
