import { resolve, sep } from 'node:path'
import { AppError } from '../../../shared/errors'
import { parseCommandArgs, printResult, readInputFile, requireOption, writeOutputFile, type CliCommand } from '../command'
import { UsageError, type CliIo } from '../io'

// `uniondesk exchange …`: the USB exchange with the upstream federation (issue 15). The office's commands live here;
// a federation's (register, import) and the provincial Excel export are their own CliCommand objects named
// 'exchange <word>' and listed in commands/index.ts: adding a subcommand is one object and one entry there.

const sizeText = (bytes: number) => (bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`)

function onePositional(positionals: string[], what: string): string {
  const [first] = positionals
  if (first === undefined || positionals.length > 1) throw new UsageError(`需要一个${what}`)
  return first
}

/** With --json a refusal is also answered on stdout as `accepted: false`, so a script reads one shape either way. */
export async function refusalAsJson<T>(io: CliIo, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (err) {
    if (io.json && err instanceof AppError) io.out(JSON.stringify({ accepted: false, code: err.code, message: err.message }, null, 2))
    throw err
  }
}

export const exchangeKeysInitCommand: CliCommand = {
  name: 'exchange keys init',
  summary: '生成本单位的交换密钥（签名和加密密钥，存放在数据库旁；已有则保留）',
  usage: 'uniondesk [--db 路径] exchange keys init [--json]',
  async run(io, argv) {
    parseCommandArgs(argv, {})
    const r = await io.call('exchange.initKeys', {})
    printResult(io, r.card, () => `本单位（${r.card.unionName}）的交换密钥已就绪。\n密钥卡指纹：${r.card.fingerprint}\n用 uniondesk exchange keys export --out 密钥卡.json 导出密钥卡交给上级。`)
  },
}

export const exchangeKeysExportCommand: CliCommand = {
  name: 'exchange keys export',
  summary: '导出本单位的密钥卡（只含公钥），交给上级总工会登记',
  usage: 'uniondesk [--db 路径] exchange keys export --out 密钥卡.json [--json]',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { out: { type: 'string' } })
    const out = requireOption(values.out, '--out')
    const r = await io.call('exchange.keyCard', {})
    writeOutputFile(out, Buffer.from(r.text, 'utf8'))
    printResult(io, { path: out, ...r.card }, () => `已导出密钥卡：${out}\n指纹：${r.card.fingerprint}（交给上级时请电话核对）`)
  },
}

export const exchangeUpstreamSetCommand: CliCommand = {
  name: 'exchange upstream set',
  summary: '导入上级总工会的密钥卡（更换后下一个上报包为全量包）',
  usage: 'uniondesk [--db 路径] exchange upstream set 密钥卡.json [--json]',
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const file = onePositional(positionals, '密钥卡文件')
    const r = await io.call('exchange.setUpstream', { card: readInputFile(file).toString('utf8') })
    printResult(io, r, () =>
      [`已导入上级密钥卡：${r.unionName}（${r.level}）`, `指纹：${r.fingerprint}`, '请与上级电话核对指纹。', ...(r.replaced ? [`已替换原密钥卡（指纹 ${r.replaced}），下一个上报包为全量包。`] : [])].join('\n'),
    )
  },
}

export const exchangeExportCommand: CliCommand = {
  name: 'exchange export',
  summary: '生成上报包（签名并加密，写入文件夹或 U 盘）；默认增量，--full 为全量',
  usage: 'uniondesk [--db 路径] exchange export --out 文件夹或文件.udx [--full] [--json]',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { out: { type: 'string' }, full: { type: 'boolean' } })
    const out = requireOption(values.out, '--out')
    // Core takes absolute paths only; a trailing separator (a folder to name the file in) survives resolving.
    const target = /[\\/]$/.test(out) ? `${resolve(out)}${sep}` : resolve(out)
    const r = await io.call('exchange.export', { out: target, full: values.full === true })
    const total = Object.values(r.counts).reduce((a, b) => a + b, 0)
    printResult(io, { file: r.file, sequence: r.sequence, kind: r.kind, counts: r.counts, bytes: r.bytes }, () =>
      `已生成第${r.sequence}号${r.kind === 'full' ? '全量' : `增量（基于第${r.baseSequence}号）`}上报包：${r.file}\n共 ${total} 条记录，${sizeText(r.bytes)}`,
    )
  },
}

export const exchangeReceiptImportCommand: CliCommand = {
  name: 'exchange receipt import',
  summary: '导入上级总工会的回执，把对应的上报包标记为已送达',
  usage: 'uniondesk [--db 路径] exchange receipt import 回执.udx [--json]',
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const file = onePositional(positionals, '回执文件')
    const r = await refusalAsJson(io, () => io.call('exchange.importReceipt', { file: resolve(file) }))
    printResult(io, { accepted: true, ...r }, () =>
      r.alreadyDelivered ? `第${r.sequence}号上报包已标记为已送达，未作改动。` : `第${r.sequence}号上报包已送达（上级新增 ${r.receipt.inserted}、更新 ${r.receipt.updated}、删除 ${r.receipt.deleted}，冲突 ${r.receipt.conflicts}）。下一个增量包从第${r.baselineSequence}号之后算起。`,
    )
  },
}

/** The office's exchange commands; listed in commands/index.ts. */
export const exchangeCommands: CliCommand[] = [exchangeKeysInitCommand, exchangeKeysExportCommand, exchangeUpstreamSetCommand, exchangeExportCommand, exchangeReceiptImportCommand]
