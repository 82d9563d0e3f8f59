import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { pdfPages, pdfPath } from '../print/pdf-text'

// The three printed texts of a collective contract, read back with pdftotext; PNG pages are kept for review.
const artifacts = resolve('test/artifacts')
let t: TestCore
let id = ''

beforeAll(async () => {
  t = await createTestCore()
  await t.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
  await t.call('orgs.save', {
    name: '木棠镇联合工会', type: '联合基层工会',
    enterprises: [{ name: '木棠农场有限公司', employeeCount: 30, creditCode: '914403001922038216' }, { name: '木棠物流有限公司', employeeCount: 45 }],
  })
  const people = (p: string) => [{ name: `${p}甲`, chief: true }, { name: `${p}乙` }, { name: `${p}丙` }]
  id = (await t.call('contracts.save', {
    kind: '区域性', title: '木棠镇2024年区域性集体合同', unionSide: '木棠镇总工会', employerSide: '木棠镇企业联合会',
    enterprises: ['木棠农场有限公司', '木棠物流有限公司'], negotiators: { union: people('王'), employer: people('赵') },
    terms: { minimumWageFen: 210_000, wageIncreasePct: 5, workingHours: '实行标准工时制度，每日工作不超过8小时。', womenProtection: '女职工经期、孕期、产期、哺乳期按规定给予保护。' },
    text: '企业每年组织职工健康体检一次。\n夏季高温期间发放防暑降温费。',
    requestDate: '2024-09-12', replyDate: '2024-09-25', rounds: [{ date: '2024-10-10' }], vote: { total: 45, present: 30, approve: 23, date: '2024-10-15' },
    signedDate: '2024-10-16', filedDate: '2024-10-21', receivedDate: '2024-10-22', termStart: '2024-11-01', termEnd: '2027-10-31',
  })).id
})
afterAll(async () => t.close())

function keep(file: { contentBase64: string; fileName: string }, name: string): void {
  mkdirSync(artifacts, { recursive: true })
  const pdf = join(artifacts, `${name}.pdf`)
  copyFileSync(pdfPath({ fileName: file.fileName, contentBase64: file.contentBase64 }), pdf)
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(artifacts, name)])
}

describe('集体合同 printed texts', { timeout: 120_000 }, () => {
  it('要约书 states the 20-day reply deadline, moved past the National Day holiday', async () => {
    const out = await t.call('print.contract', { contractId: id, document: '要约书' })
    keep(out.file, 'contract-request')
    const text = pdfPages(out.file).join('')
    expect(text).toContain('集体协商要约书')
    expect(text).toContain('二〇二四年十月八日')
    expect(text).toContain('王甲（首席代表）')
  })

  it('合同文本 numbers the template clauses, carries the vote figures and annexes the enterprises', async () => {
    const out = await t.call('print.contract', { contractId: id, document: '合同文本' })
    keep(out.file, 'contract-text')
    const pages = pdfPages(out.file)
    const text = pages.join('').replace(/\s+/g, '')
    expect(pdfPages(out.file, true).join('')).toMatch(/第二章\s+劳动报酬/)
    expect(text).toContain('2,100.00元')
    expect(text).toContain('夏季高温期间发放防暑降温费')
    expect(text).toContain('应到45人，实到30人，赞成23票')
    expect(pages.at(-1)).toContain('914403001922038216')
  })

  it('备案表 names the parties, workers covered and the filing deadline', async () => {
    const out = await t.call('print.contract', { contractId: id, document: '备案表' })
    keep(out.file, 'contract-filing')
    const text = pdfPages(out.file).join('')
    expect(text).toContain('集体合同报送备案表')
    expect(text).toContain('75 人')
    expect(text).toContain('二〇二四年十月二十八日前')
  })
})
