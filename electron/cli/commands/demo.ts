import { parseCommandArgs, printResult, type CliCommand } from '../command'
import { UsageError } from '../io'

export const demoCommand: CliCommand = {
  name: 'demo',
  createsDatabase: true,
  summary: '向空数据库载入示例数据（工会、企业、会员、会籍记录）',
  usage: 'uniondesk [--db 路径] demo [--members 人数] [--seed 种子] [--json]',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { members: { type: 'string' }, seed: { type: 'string' } })
    const members = values.members === undefined ? 2000 : Number(values.members)
    const seed = values.seed === undefined ? 1 : Number(values.seed)
    if (!Number.isInteger(members) || members < 1) throw new UsageError('--members 应为正整数')
    if (!Number.isInteger(seed) || seed < 0) throw new UsageError('--seed 应为非负整数')
    const r = await io.call('demo.load', { members, seed })
    printResult(io, r, () => `已载入示例数据：工会 ${r.orgs} 个，企业 ${r.enterprises} 家，会员 ${r.members} 名，会籍记录 ${r.events} 条`)
  },
}
