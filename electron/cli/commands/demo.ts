import { parseCommandArgs, printResult, type CliCommand } from '../command'
import { UsageError } from '../io'

export const demoCommand: CliCommand = {
  name: 'demo',
  createsDatabase: true,
  summary: '向空数据库载入示例数据（工会、企业、会员、会籍记录）；清除用 demo clear',
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

export const demoClearCommand: CliCommand = {
  name: 'demo clear',
  summary: '清除示例数据，回到首次使用（账号、操作日志、打印设置保留）',
  usage: 'uniondesk --db 路径 demo clear [--include-added] [--json]\n  --include-added  载入示例数据后新增的记录也一并清除（否则遇到它们就拒绝，并列出）',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { 'include-added': { type: 'boolean' } })
    const r = await io.call('demo.clear', { includeAdded: values['include-added'] === true })
    const also = r.addedRemoved.length ? `；另清除了载入后新增的 ${r.addedRemoved.map((a) => `${a.what} ${a.count} 条`).join('、')}` : ''
    printResult(io, r, () => `已清除示例数据：工会 ${r.orgs} 个，会员 ${r.members} 名${also}。本单位信息也已清除，下次打开程序时重新选择开始方式`)
  },
}
