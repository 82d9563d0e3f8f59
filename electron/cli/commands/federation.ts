import { resolve } from 'node:path'
import type { ImportOutcome } from '../../../shared/contract/federation'
import { parseCommandArgs, printResult, readInputFile, type CliCommand } from '../command'
import { UsageError } from '../io'
import { refusalAsJson } from './exchange'

// A federation's side of `uniondesk exchange` (issue 15): register an office's key card, import its packages.
// Each is one contract call; the checks, the merge and the 回执 are the core's.

function onePositional(positionals: string[], what: string): string {
  const [first] = positionals
  if (first === undefined || positionals.length > 1) throw new UsageError(`需要一个${what}`)
  return first
}

export const exchangeRegisterCommand: CliCommand = {
  name: 'exchange register',
  summary: '（上级总工会）登记下级单位的密钥卡；同一信用代码换了新卡时须加 --replace，之后对方须报全量包',
  usage: 'uniondesk [--db 路径] exchange register 密钥卡.json [--replace] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { replace: { type: 'boolean' } }, true)
    const file = onePositional(positionals, '密钥卡文件')
    const r = await io.call('federation.registerOffice', { card: readInputFile(file).toString('utf8'), replace: values.replace === true })
    printResult(io, r, () =>
      [
        r.alreadyRegistered ? `「${r.unionName}」的这张密钥卡已登记，未作改动。` : r.replaced ? `已替换「${r.unionName}」的密钥卡，对方下一个上报包须为全量包。` : `已登记「${r.unionName}」（${r.level}）。`,
        `指纹：${r.fingerprint}（请与对方电话核对）`,
      ].join('\n'),
    )
  },
}

const conflictLine = (c: ImportOutcome['conflicts'][number]) => `  ${c.memberName} ${c.idNumber}：在「${c.otherOffice}」也在会`

export const exchangeImportCommand: CliCommand = {
  name: 'exchange import',
  summary: '（上级总工会）导入下级单位的上报包：验签、解密、核对序号后合并，并在包旁写出回执',
  usage: 'uniondesk [--db 路径] exchange import 上报包.udx [--receipt-dir 文件夹] [--json]',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { 'receipt-dir': { type: 'string' } }, true)
    const file = onePositional(positionals, '上报包文件')
    const dir = values['receipt-dir']
    const r = await refusalAsJson(io, () => io.call('federation.importPackage', { path: resolve(file), ...(dir !== undefined ? { receiptDir: resolve(dir) } : {}) }))
    printResult(
      io,
      { accepted: r.accepted, replayed: r.replayed, sender: r.sender, sequence: r.sequence, kind: r.kind, inserted: r.inserted, updated: r.updated, deleted: r.deleted, conflicts: r.conflicts, receipt: r.receipt, message: r.message },
      () => [r.message, ...(r.conflicts.length > 0 ? ['冲突清单（请在「冲突处理」中处理）：', ...r.conflicts.map(conflictLine)] : []), `回执：${r.receipt}`].join('\n'),
    )
  },
}

export const federationCommands: CliCommand[] = [exchangeRegisterCommand, exchangeImportCommand]
