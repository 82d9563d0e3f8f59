import { unionLevels, type Profile } from '../../../shared/contract/profile'
import { parseCommandArgs, printResult, requireOption, type CliCommand } from '../command'
import { UsageError } from '../io'

function describeProfile(p: Profile | null): string {
  if (!p) return '尚未设置本单位信息。请先运行：uniondesk init --name 单位名称'
  const rows: Array<[string, string | null]> = [
    ['单位名称', p.name],
    ['单位层级', p.level],
    ['统一社会信用代码', p.creditCode],
    ['上级工会', p.parentName],
    ['地址', p.address],
    ['联系人', p.contactPerson],
    ['联系电话', p.contactPhone],
    ['工会主席', p.chairman],
  ]
  return rows.map(([k, v]) => `${k}：${v ?? '—'}`).join('\n')
}

function parseLevel(value: string | undefined): (typeof unionLevels)[number] | undefined {
  if (value === undefined) return undefined
  const level = unionLevels.find((l) => l === value)
  if (!level) throw new UsageError(`--level 只能是：${unionLevels.join('、')}`)
  return level
}

export const initCommand: CliCommand = {
  name: 'init',
  createsDatabase: true,
  summary: '创建或升级数据库，并设置本单位信息',
  usage: `uniondesk [--db 路径] init --name 单位名称 [--code 统一社会信用代码] [--level 层级] [--parent 上级工会] [--json]
  层级可选：${unionLevels.join('、')}（默认 乡镇总工会）
  已有本单位信息时，只修改给出的项。`,
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, {
      name: { type: 'string' },
      code: { type: 'string' },
      level: { type: 'string' },
      parent: { type: 'string' },
    })
    const name = requireOption(values.name, '--name')
    const current = await io.call('profile.get', {})
    const saved = await io.call('profile.save', {
      ...current,
      name,
      level: parseLevel(values.level) ?? current?.level ?? '乡镇总工会',
      creditCode: values.code ?? current?.creditCode ?? null,
      parentName: values.parent ?? current?.parentName ?? null,
    })
    printResult(io, saved, () => `已保存本单位信息（数据库：${io.dbPath}）\n${describeProfile(saved)}`)
  },
}

export const orgShowCommand: CliCommand = {
  name: 'org show',
  summary: '显示本单位信息',
  usage: 'uniondesk [--db 路径] org show [--json]',
  async run(io, argv) {
    parseCommandArgs(argv, {})
    const profile = await io.call('profile.get', {})
    printResult(io, profile, () => describeProfile(profile))
  },
}
