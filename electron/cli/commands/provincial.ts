import { parseCommandArgs, printResult, requireOption, saveGeneratedFile, withOutputFile, type CliCommand } from '../command'
import { UsageError } from '../io'

// `uniondesk exchange provincial`: the provincial 会员信息采集表 and summary for a federation without the app (issue 15).
// One contract call; what goes in the file, the masking decision and the audit row are the core's.

export const provincialExportCommand: CliCommand = {
  name: 'exchange provincial',
  summary: '导出省级会员信息采集表和汇总表（.xlsx，证件号码不打码，须填写理由，记入操作日志）',
  usage: 'uniondesk [--db 路径] exchange provincial --out 文件.xlsx --reason 理由 [--org 基层工会ID] [--from YYYY-MM-DD --to YYYY-MM-DD] [--json]',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { out: { type: 'string' }, reason: { type: 'string' }, org: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } })
    const out = requireOption(values.out, '--out')
    if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError('--out 应为 .xlsx 文件')
    const reason = requireOption(values.reason, '--reason')
    const input = {
      reason,
      ...(values.org !== undefined ? { orgId: values.org } : {}),
      ...(values.from !== undefined ? { from: values.from } : {}),
      ...(values.to !== undefined ? { to: values.to } : {}),
    }
    // The export is audited when it commits: check the file can be written before.
    const file = await withOutputFile(out, () => io.call('provincial.export', input))
    await saveGeneratedFile(io, file, out)
    printResult(io, { path: out, fileName: file.fileName, rows: file.rows ?? 0, bytes: file.bytes }, () =>
      [`已导出会员信息采集表 ${file.rows ?? 0} 人：${out}`, '注意：文件含未打码的证件号码和手机号码，请用加密U盘或本单位专用U盘携带，报送后及时删除。'].join('\n'),
    )
  },
}
