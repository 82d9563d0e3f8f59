import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError, type CliIo } from './io'

export interface CliCommand {
  /** Words typed after `uniondesk`, e.g. 'org show'. */
  name: string
  summary: string
  usage: string
  run(io: CliIo, argv: string[]): Promise<void>
}

type Options = NonNullable<ParseArgsConfig['options']>

/** node's parseArgs with its English errors turned into a usage error the CLI prints in Chinese. */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true })
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err)
    const option = /'(-{1,2}[\w-]+)/.exec(text)?.[1]
    throw new UsageError(option ? `无法识别或缺少取值的参数：${option}` : `参数不正确：${text}`)
  }
}

export function requireOption(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`缺少必填参数 ${flag}`)
  return value
}

/** Prints a result: JSON alone on stdout with --json, otherwise readable Chinese lines. */
export function printResult(io: CliIo, value: unknown, human: () => string): void {
  io.out(io.json ? JSON.stringify(value, null, 2) : human())
}
