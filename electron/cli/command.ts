import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { GeneratedFile } from '../../shared/contract/types'
import { AppError } from '../../shared/errors'
import { UsageError, type CliIo } from './io'

export interface CliCommand {
  /** Words typed after `uniondesk`, e.g. 'org show'. */
  name: string
  summary: string
  usage: string
  /** Only these may make a new database file; any other command refuses a --db that does not exist (a mistyped path). */
  createsDatabase?: boolean
  /** A pure check (id check): runs on an empty in-memory database, so it needs no --db and never creates one. */
  needsNoDatabase?: boolean
  /**
   * Who runs it: by default an account (UNIONDESK_USER / UNIONDESK_PASSWORD or a terminal prompt); 'recovery' is the
   * lost-administrator reset, allowed by a recovery file in the data folder instead of a login.
   */
  signIn?: 'recovery'
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

// --- files named on the command line -------------------------------------------------------------------------------
// node's file errors are English (ENOENT: no such file or directory…); the clerk reads them in Chinese.

const readReasons: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EACCES: '没有权限',
  EPERM: '没有权限',
  EISDIR: '这是一个文件夹',
  ENOTDIR: '路径中有一级不是文件夹',
  EBUSY: '文件正被其他程序占用',
}

const writeReasons: Readonly<Record<string, string>> = {
  ...readReasons,
  ENOENT: '所在文件夹不存在',
  ENOSPC: '磁盘空间不足',
  EROFS: '磁盘为只读',
  EEXIST: '已有同名文件，不能建立文件夹',
  EBUSY: '文件正被其他程序打开，请先关闭',
}

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined
}

function fileError(kind: 'read' | 'write', path: string, err: unknown, what: '文件' | '文件夹' = '文件'): AppError {
  const code = errnoCode(err)
  const reason = code === undefined ? undefined : (kind === 'read' ? readReasons : writeReasons)[code]
  const text = `无法${kind === 'read' ? '读取' : '写入'}${what}「${path}」${reason ? `：${reason}` : ''}`
  return new AppError(kind === 'read' ? 'FILE_UNREADABLE' : 'FILE_UNWRITABLE', text)
}

/** Reads a file named on the command line; a failure is an AppError with a Chinese reason. */
export function readInputFile(path: string): Buffer {
  try {
    return readFileSync(path)
  } catch (err) {
    throw fileError('read', path, err)
  }
}

/**
 * A JSON object file named on the command line (a record typed up for `… add FILE.json`). Its fields are checked by
 * the dispatcher against the contract like any call's input; only "is it a JSON object" is settled here.
 */
export function readJsonObject(path: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(readInputFile(path).toString('utf8'))
  } catch (err) {
    if (err instanceof AppError) throw err
    throw new AppError('FILE_UNREADABLE', `文件「${path}」不是有效的 JSON`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AppError('INVALID_INPUT', `文件「${path}」应为一个 JSON 对象`)
  return { ...value }
}

/** Writes a file named on the command line, making its folder first; a failure is an AppError with a Chinese reason. */
export function writeOutputFile(path: string, bytes: Uint8Array): void {
  try {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, bytes)
  } catch (err) {
    throw fileError('write', path, err)
  }
}

/** Puts a file the call generated at `path` (the core streamed it to its outbox); a failure names the path in Chinese. */
export async function saveGeneratedFile(io: CliIo, file: GeneratedFile, path: string): Promise<void> {
  try {
    await io.saveFile(file, path)
  } catch (err) {
    throw err instanceof AppError ? err : fileError('write', path, err)
  }
}

/**
 * Makes sure `path` can be written before `make` runs the call that produces its content: a print takes its serial
 * and an unmasked export writes its audit row when the call commits, so finding out afterwards that the folder is
 * wrong would leave a used serial (the next print a 补打) or an audit row for a file nobody got. An empty file made
 * here is removed again when the call is refused.
 */
export async function withOutputFile<T>(path: string, make: () => Promise<T>): Promise<T> {
  const existed = existsSync(path)
  try {
    mkdirSync(dirname(path), { recursive: true })
    closeSync(openSync(path, 'a'))
  } catch (err) {
    throw fileError('write', path, err)
  }
  try {
    return await make()
  } catch (err) {
    if (!existed) rmSync(path, { force: true })
    throw err
  }
}

/** As withOutputFile, for a folder the call's files will be written into (their names come with the reply). */
export async function withOutputFolder<T>(dir: string, make: () => Promise<T>): Promise<T> {
  const probe = join(dir, `.uniondesk-${process.pid}-${Date.now()}.tmp`)
  try {
    mkdirSync(dir, { recursive: true })
    closeSync(openSync(probe, 'wx'))
    unlinkSync(probe)
  } catch (err) {
    throw fileError('write', dir, err, '文件夹')
  }
  return make()
}
