import { orgTypes, type OrgType } from '../../../shared/contract/orgs'
import { parseCommandArgs, printResult, requireOption, type CliCommand } from '../command'
import { UsageError } from '../io'
import { pagingOptions, parsePaging, printList, wholeList } from '../list-output'

export const orgsListCommand: CliCommand = {
  name: 'orgs list',
  summary: '列出本单位所辖基层工会及会员人数',
  usage: `uniondesk [--db 路径] orgs list [--all] [--limit 条数 [--page 页码]] [--json]
  默认列出全部在用工会；--all 连同已合并/撤销的工会。`,
  async run(io, argv) {
    // --all keeps its first meaning here (with merged and dissolved unions); the list is whole without --limit anyway.
    const { values } = parseCommandArgs(argv, { ...pagingOptions, all: { type: 'boolean' } })
    const paging = parsePaging({ limit: values.limit, page: values.page }, null)
    const orgs = await io.call('orgs.list', { includeInactive: values.all ?? false })
    await printList(io, wholeList(paging, orgs), (o) => `${o.name}（${o.type}）会员 ${o.counts.members}，女 ${o.counts.women}，农民工 ${o.counts.migrant}，新就业形态 ${o.counts.newForm}`, '尚无基层工会')
  },
}

function parseType(value: string | undefined): OrgType {
  if (value === undefined) return '企业工会'
  const t = orgTypes.find((x) => x === value)
  if (!t) throw new UsageError(`--type 只能是：${orgTypes.join('、')}`)
  return t
}

export const orgsAddCommand: CliCommand = {
  name: 'orgs add',
  summary: '新增基层工会',
  usage: `uniondesk [--db 路径] orgs add --name 名称 [--type 类型] [--code 统一社会信用代码] [--founded YYYY-MM-DD] [--json]
  类型可选：${orgTypes.join('、')}（默认 企业工会）`,
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { name: { type: 'string' }, type: { type: 'string' }, code: { type: 'string' }, founded: { type: 'string' } })
    const org = await io.call('orgs.save', { name: requireOption(values.name, '--name'), type: parseType(values.type), creditCode: values.code ?? null, foundedOn: values.founded ?? null })
    printResult(io, org, () => `已保存工会：${org.name}`)
  },
}
