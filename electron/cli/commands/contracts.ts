import type { ContractCheck, ContractSummary } from '../../../shared/contract/contracts'
import { AppError } from '../../../shared/errors'
import { parseCommandArgs, printResult, readInputFile, type CliCommand } from '../command'
import { UsageError } from '../io'
import { offsetPages, pagingOptions, pagingUsage, parsePaging, printList } from '../list-output'

// `uniondesk contracts …`: collective contracts (集体合同). Each command is one contract call.

function readContractFile(path: string): unknown {
  const text = readInputFile(path).toString('utf8')
  try {
    return JSON.parse(text)
  } catch {
    throw new AppError('FILE_UNREADABLE', `无法解析 JSON 文件：${path}`)
  }
}

function describeCheck(c: ContractCheck): string {
  const lines = c.ok ? ['全部检查通过'] : c.problems.map((p) => `✗ ${p.code}　${p.message}`)
  return [...lines, `生效日期：${c.effectiveDate ?? '—'}　续签协商可自：${c.renewalWindowStart ?? '—'}`].join('\n')
}

export const contractsAddCommand: CliCommand = {
  name: 'contracts add',
  summary: '登记集体合同（JSON 文件）',
  usage: `uniondesk --db 路径 contracts add 合同.json [--json]
  合同.json：{"kind":"区域性","title":"…","unionSide":"…","employerSide":"…","union":"基层工会名称（可选）","enterprises":["企业名称",…],
  "workersCovered":1200,"negotiators":{"union":[{"name":"…","chief":true},…],"employer":[…]},"requestDate":"YYYY-MM-DD","replyDate":"…",
  "vote":{"total":100,"present":67,"approve":50},"signedDate":"…","filedDate":"…","receivedDate":"…","termStart":"…","termEnd":"…","emergency":false}
  除 kind、title 外均可缺省。企业按名录名称填写；名录中没有的企业，须给出 "union"，登记到该基层工会下。`,
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const [path] = positionals
    if (!path || positionals.length > 1) throw new UsageError('需要一个合同 JSON 文件')
    // The file's fields are checked by the dispatcher against the contract, like every other call's input.
    const saved = await io.callByName('contracts.save', readContractFile(path))
    printResult(io, saved, () => `已保存集体合同 ${saved.id}：${saved.title}（覆盖企业 ${saved.enterprises.length} 家，职工 ${saved.workersCovered} 人）\n${describeCheck(saved.check)}`)
  },
}

export const contractsCheckCommand: CliCommand = {
  name: 'contracts check',
  summary: '检查集体合同的法定期限与程序',
  usage: 'uniondesk --db 路径 contracts check 合同编号 [--today YYYY-MM-DD] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { today: { type: 'string' } }, true)
    const [id] = positionals
    if (!id || positionals.length > 1) throw new UsageError('需要一个合同编号')
    const check = await io.call('contracts.check', { id, today: values.today ?? null })
    printResult(io, check, () => describeCheck(check))
  },
}

const LIST_PAGE = 1000

export const contractsListCommand: CliCommand = {
  name: 'contracts list',
  summary: '列出集体合同',
  usage: `uniondesk --db 路径 contracts list [--expiring-days 天数] [--today YYYY-MM-DD] ${pagingUsage} [--json]
  --expiring-days N：只列出 N 天内期满的合同。`,
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { ...pagingOptions, 'expiring-days': { type: 'string' }, today: { type: 'string' } })
    const raw = values['expiring-days']
    if (raw !== undefined && !/^\d+$/.test(raw.trim())) throw new UsageError('--expiring-days 应为非负整数')
    const expiringDays = raw === undefined ? undefined : Number(raw)
    const paging = parsePaging(values, null)
    const pages = offsetPages<ContractSummary>(paging, LIST_PAGE, (offset, limit) =>
      io.call('contracts.list', { expiringDays, today: values.today ?? null, offset, limit }))
    await printList(io, pages, (c) => `${c.id}　${c.kind}　${c.title}　${c.stage}　企业 ${c.enterpriseCount} 家　职工 ${c.workersCovered} 人　期限 ${c.termStart ?? '—'} 至 ${c.termEnd ?? '—'}`, '尚无集体合同')
  },
}

export const contractsCommands: CliCommand[] = [contractsAddCommand, contractsCheckCommand, contractsListCommand]
