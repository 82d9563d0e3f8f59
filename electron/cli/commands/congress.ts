import type { CheckResult, CongressDetail } from '../../../shared/congress/types'
import { parseCommandArgs, printResult, readJsonObject, requireOption, type CliCommand } from '../command'
import { UsageError } from '../io'

// `uniondesk congress …`: workers' congresses (职代会) and the six checks of 六对标. Each command is one contract call.

function describeChecks(checks: readonly CheckResult[]): string {
  return checks.map((c) => `${c.pass ? '✔ 达标' : '✘ 未达标'}　${c.name}：${c.reason}`).join('\n')
}

function describe(d: CongressDetail): string {
  return [
    `${d.enterpriseName}（${d.orgName}）　${d.established ? '已建制' : '未建制'}　届期 ${d.termStart ?? '—'} 至 ${d.termEnd ?? '—'}`,
    `代表 ${d.representatives.length} 人，会议 ${d.sessions.length} 次`,
    describeChecks(d.checks),
  ].join('\n')
}

export const congressAddCommand: CliCommand = {
  name: 'congress add',
  summary: '登记企业职代会（代表名单、会议、表决）；已有记录则整体替换',
  usage: `uniondesk congress add 职代会.json [--json]
  职代会.json：{"enterprise":"企业名称","union":"所属基层工会（企业不在名录中时必填）","established":true,"rulesOnFile":true,
    "termStart":"YYYY-MM-DD","termEnd":"YYYY-MM-DD","representatives":[{"name":"…","category":"一线职工|中层以上管理人员和领导人员|其他","gender":"男|女"}],
    "sessions":[{"date":"YYYY-MM-DD","present":n,"items":["…"],"votes":[{"item":"…","yes":n}]}]}`,
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const [path] = positionals
    if (!path || positionals.length > 1) throw new UsageError('需要一个职代会 JSON 文件')
    const detail = await io.callByName('congress.save', readJsonObject(path))
    printResult(io, detail, () => `已登记\n${describe(detail)}`)
  },
}

export const congressCheckCommand: CliCommand = {
  name: 'congress check',
  summary: '按“六对标”核对企业职代会',
  usage: 'uniondesk congress check --enterprise 企业名称 [--today YYYY-MM-DD] [--json]',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { enterprise: { type: 'string' }, today: { type: 'string' } })
    const enterprise = requireOption(values.enterprise, '--enterprise')
    const report = await io.call('congress.check', { enterprise, ...(values.today ? { today: values.today } : {}) })
    printResult(io, { checks: report.checks }, () => `${report.enterpriseName}（核对日期 ${report.today}）\n${describeChecks(report.checks)}`)
  },
}

export const congressCommands: CliCommand[] = [congressAddCommand, congressCheckCommand]
