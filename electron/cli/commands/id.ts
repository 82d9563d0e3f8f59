import { parseCommandArgs, printResult, type CliCommand } from '../command'
import { UsageError } from '../io'

export const idCheckCommand: CliCommand = {
  name: 'id check',
  summary: '校验证件号码（身份证、港澳台居住证、外国人永久居留证）',
  usage: 'uniondesk id check 证件号码 [--json]',
  needsNoDatabase: true,
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const value = positionals[0]
    if (value === undefined) throw new UsageError('缺少证件号码')
    const r = await io.call('members.idCheck', { value })
    printResult(io, r, () =>
      r.valid
        ? [`有效：${r.normalized ?? ''}`, `出生日期：${r.birthDate ?? '—'}`, `性别：${r.gender ?? '—'}`, ...r.warnings.map((w) => `提醒：${w}`)].join('\n')
        : `无效：${r.error ?? ''}`,
    )
  },
}
