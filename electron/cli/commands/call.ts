import { AppError } from '../../../shared/errors'
import { parseCommandArgs, type CliCommand } from '../command'
import { UsageError } from '../io'

/** Reaches every contract method, for scripts: the input is the method's JSON input. */
export const callCommand: CliCommand = {
  name: 'call',
  summary: '直接调用任一接口方法（供脚本使用）',
  usage: `uniondesk [--db 路径] call 方法名 ['{"输入":"JSON"}']
  例：uniondesk call profile.get
      uniondesk call profile.save '{"name":"某某镇总工会","level":"乡镇总工会"}'`,
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const [method, text] = positionals
    if (!method) throw new UsageError('缺少方法名')
    let input: unknown = {}
    if (text !== undefined) {
      try {
        input = JSON.parse(text)
      } catch {
        throw new AppError('INVALID_INPUT', '输入不是有效的 JSON')
      }
    }
    const result = await io.callByName(method, input)
    io.out(JSON.stringify(result, null, 2))
  },
}
