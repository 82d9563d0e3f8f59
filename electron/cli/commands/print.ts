import { dirname, extname, resolve } from 'node:path'
import { AppError } from '../../../shared/errors'
import { memberForms, type MemberForm, type PrintedFile, type PrintedFiles } from '../../../shared/contract/print'
import type { FilePayload } from '../../../shared/contract/types'
import { parseCommandArgs, printResult, requireOption, withOutputFile, withOutputFolder, writeOutputFile, type CliCommand } from '../command'
import { UsageError, type CliIo } from '../io'

function save(file: FilePayload, path: string): void {
  writeOutputFile(path, Buffer.from(file.contentBase64, 'base64'))
}

/**
 * Prints one document to `out`. The call takes the serial and logs the print when it commits, so `out` is checked
 * for writing first: a wrong folder is refused before any serial is used up.
 */
async function printTo(io: CliIo, out: string, call: () => Promise<PrintedFile>): Promise<void> {
  report(io, await withOutputFile(out, call), out)
}

function report(io: CliIo, r: PrintedFile, out: string): void {
  save(r.file, out)
  const summary = { out, pages: r.pages, serials: r.serials, reprint: r.reprint }
  printResult(io, summary, () => `已生成 ${out}（${r.pages} 页${r.serials.length ? `，编号 ${r.serials.join('、')}` : ''}${r.reprint ? '，补打' : ''}）`)
}

/**
 * `dir/name`, refused when it would resolve anywhere but directly inside `dir`. Core already makes every name a single
 * safe segment; this is the second lock, so no name can ever write outside the folder the clerk chose.
 */
function insideFolder(dir: string, name: string): string {
  const path = resolve(dir, name)
  if (dirname(path) !== resolve(dir)) throw new AppError('FILE_UNWRITABLE', `文件名「${name}」会写到文件夹 ${dir} 之外，已拒绝写入`)
  return path
}

const outOption = { out: { type: 'string' } } as const

export const printCertificateCommand: CliCommand = {
  name: 'print certificate',
  summary: '打印一份救助金/慰问金发放证明（PDF）',
  usage: 'uniondesk print certificate --application 申请编号 --out 文件.pdf [--json]\n  再次打印同一申请时沿用原编号并标注“补打”。',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { application: { type: 'string' }, ...outOption })
    const out = requireOption(values.out, '--out')
    const applicationId = requireOption(values.application, '--application')
    await printTo(io, out, () => io.call('print.certificate', { applicationId }))
  },
}

export const printNoticeCommand: CliCommand = {
  name: 'print notice',
  summary: '打印发放批次的公示名单（PDF）',
  usage: 'uniondesk print notice --batch 批次编号 --out 文件.pdf [--json]',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { batch: { type: 'string' }, ...outOption })
    const out = requireOption(values.out, '--out')
    const batchId = requireOption(values.batch, '--batch')
    await printTo(io, out, () => io.call('print.notice', { batchId }))
  },
}

export const printRosterCommand: CliCommand = {
  name: 'print roster',
  summary: '打印发放批次的签领表（PDF，每页小计，末页合计）',
  usage: 'uniondesk print roster --batch 批次编号 --out 文件.pdf [--json]',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { batch: { type: 'string' }, ...outOption })
    const out = requireOption(values.out, '--out')
    const batchId = requireOption(values.batch, '--batch')
    await printTo(io, out, () => io.call('print.roster', { batchId }))
  },
}

export const printCertificatesCommand: CliCommand = {
  name: 'print certificates',
  summary: '批量打印一个批次的全部发放证明：合成一个 PDF，或每人一个文件',
  usage: 'uniondesk print certificates --batch 批次编号 --out 文件.pdf|文件夹 [--json]\n  --out 以 .pdf 结尾时合成一个文件，否则在该文件夹中为每人生成一个文件。',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { batch: { type: 'string' }, ...outOption })
    const out = requireOption(values.out, '--out')
    const split = extname(out).toLowerCase() !== '.pdf'
    const batchId = requireOption(values.batch, '--batch')
    const make = () => io.call('print.certificates', { batchId, split })
    const r: PrintedFiles = split ? await withOutputFolder(out, make) : await withOutputFile(out, make)
    if (split) {
      for (const f of r.files) save(f, insideFolder(out, f.fileName))
    } else if (r.files[0]) save(r.files[0], out)
    const summary = { out, files: r.files.length, pages: r.pages, serials: r.serials }
    printResult(io, summary, () => `已生成 ${split ? `${r.files.length} 个文件于 ${out}` : out}（共 ${r.pages} 页，编号 ${r.serials[0] ?? ''} 至 ${r.serials.at(-1) ?? ''}）`)
  },
}

function parseForm(value: string | undefined): MemberForm {
  if (value === undefined) return 'register'
  const form = memberForms.find((f) => f === value)
  if (!form) throw new UsageError(`--form 只能是：${memberForms.join('、')}`)
  return form
}

export const printMemberFormCommand: CliCommand = {
  name: 'print member-form',
  summary: '打印会员登记表、入会申请书、会员证明或组织关系接转函（PDF）',
  usage:
    'uniondesk print member-form --member 身份证号 --out 文件.pdf [--form register|application|certificate|transfer] [--json]\n  默认 register（会员登记表）；application 入会申请书；certificate 会员证明；transfer 组织关系接转函。',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { member: { type: 'string' }, form: { type: 'string' }, ...outOption })
    const out = requireOption(values.out, '--out')
    const input = { idNumber: requireOption(values.member, '--member'), form: parseForm(values.form) }
    await printTo(io, out, () => io.call('print.memberForm', input))
  },
}

export const printCalibrationCommand: CliCommand = {
  name: 'print calibration',
  summary: '打印套打校准页（标尺网格，已计入该模板在该打印机上的偏移）',
  usage: 'uniondesk print calibration --template 模板 --out 文件.pdf [--printer 打印机名] [--json]\n  模板：certificate、roster、member_certificate、member_transfer 或自定义名称。',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { template: { type: 'string' }, printer: { type: 'string' }, ...outOption })
    const out = requireOption(values.out, '--out')
    const input = { template: requireOption(values.template, '--template'), ...(values.printer ? { printer: values.printer } : {}) }
    await printTo(io, out, () => io.call('print.calibration', input))
  },
}

export const printCommands: CliCommand[] = [
  printCertificateCommand,
  printCertificatesCommand,
  printNoticeCommand,
  printRosterCommand,
  printMemberFormCommand,
  printCalibrationCommand,
]
