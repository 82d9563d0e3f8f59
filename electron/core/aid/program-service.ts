import type { AidProgram } from '../../../shared/aid/rules'
import { aidProgramTemplates } from '../../../shared/aid/templates'
import type { AidProgramDetail, AidProgramSummary, AidTemplate } from '../../../shared/aid/types'
import { AppError } from '../../../shared/errors'
import { fen, formatFen } from '../../../shared/money'
import type { ReadContext, WriteContext } from '../context'
import type { Db } from '../db/schema/index'
import type { AidProgramRow } from '../db/schema/aid_program'
import { toProgramDetail, toProgramSummary } from './mappers'
import {
  findCurrentProgram,
  findProgram,
  insertProgram,
  listProgramRows,
  paidProgramIds,
  programMoney,
  updateProgramRow,
} from './program-queries'

export interface ProgramRef {
  programId?: string | undefined
  programCode?: string | undefined
  year?: number | undefined
}

/** The program a call names: by id, or the current version of a code (and year). */
export async function resolveProgram(db: Db, ref: ProgramRef): Promise<AidProgramRow> {
  const row =
    ref.programId !== undefined
      ? await findProgram(db, ref.programId)
      : ref.programCode !== undefined
        ? await findCurrentProgram(db, ref.programCode, ref.year)
        : undefined
  if (!row) {
    const what = ref.programCode !== undefined ? `「${ref.programCode}」${ref.year !== undefined ? `（${ref.year} 年度）` : ''}` : ''
    throw new AppError('NOT_FOUND', `没有找到救助项目${what}`, { field: ref.programId !== undefined ? 'programId' : 'programCode' })
  }
  return row
}

export async function programDetail(db: Db, row: AidProgramRow): Promise<AidProgramDetail> {
  const [money] = await programMoney(db, { code: row.code, year: row.year })
  const frozen = (await paidProgramIds(db, [row.id])).has(row.id)
  return toProgramDetail(row, money, frozen)
}

export async function listPrograms(db: Db, p: { year?: number | undefined; allVersions: boolean }): Promise<AidProgramSummary[]> {
  const rows = await listProgramRows(db, p.year === undefined ? { allVersions: p.allVersions } : { year: p.year, allVersions: p.allVersions })
  const money = await programMoney(db, p.year === undefined ? {} : { year: p.year })
  const byKey = new Map(money.map((m) => [`${m.code}|${m.year}`, m]))
  const paid = await paidProgramIds(db, rows.map((r) => r.id))
  return rows.map((r) => toProgramSummary(r, byKey.get(`${r.code}|${r.year}`), paid.has(r.id)))
}

export function templates(): AidTemplate[] {
  return aidProgramTemplates.map((t) => ({ code: t.code, name: t.name, kind: t.rule.kind, template: t }))
}

function rowFor(ctx: WriteContext, program: AidProgram, version: number): AidProgramRow {
  const at = ctx.now()
  return {
    id: ctx.newId(),
    code: program.code,
    name: program.name,
    year: program.year,
    version,
    kind: program.rule.kind,
    budget_fen: program.budgetFen,
    cap_group: program.constraints.capGroup?.code ?? null,
    definition_json: JSON.stringify(program),
    is_current: 1,
    created_at: at,
    created_by: ctx.caller.user.name,
    updated_at: at,
  }
}

export async function addProgram(ctx: WriteContext, program: AidProgram): Promise<AidProgramDetail> {
  const existing = await findCurrentProgram(ctx.trx, program.code, program.year)
  if (existing) {
    throw new AppError('CONFLICT', `项目编号「${program.code}」在 ${program.year} 年度已存在（${existing.name}），请修改该项目而不是重复添加`, {
      field: 'program.code',
    })
  }
  const row = rowFor(ctx, program, 1)
  await insertProgram(ctx.trx, row)
  return programDetail(ctx.trx, row)
}

/** In place until money is paid; after that a new version, and the paid one stays as it was (domain §6). */
export async function updateProgram(ctx: WriteContext, id: string, program: AidProgram): Promise<AidProgramDetail> {
  const row = await resolveProgram(ctx.trx, { programId: id })
  if (row.is_current !== 1) throw new AppError('CONFLICT', `「${row.name}」第 ${row.version} 版已被新版本取代，请修改最新版本`, { field: 'id' })
  if (program.code !== row.code || program.year !== row.year) {
    throw new AppError('INVALID_INPUT', `不能修改项目编号和年度（原为「${row.code}」${row.year} 年度）；如需新项目请另行添加`, {
      field: program.code !== row.code ? 'program.code' : 'program.year',
    })
  }
  const [money] = await programMoney(ctx.trx, { code: row.code, year: row.year })
  const used = (money?.committedFen ?? 0) + (money?.paidFen ?? 0)
  if (program.budgetFen < used) {
    throw new AppError(
      'BUDGET_EXCEEDED',
      `预算不能低于已审核和已发放的合计 ${formatFen(fen(used))} 元（填写 ${formatFen(fen(program.budgetFen))} 元）`,
      { field: 'program.budgetFen' },
    )
  }
  const frozen = (await paidProgramIds(ctx.trx, [row.id])).has(row.id)
  if (!frozen) {
    const fresh = rowFor(ctx, program, row.version)
    await updateProgramRow(ctx.trx, row.id, {
      name: fresh.name,
      kind: fresh.kind,
      budget_fen: fresh.budget_fen,
      cap_group: fresh.cap_group,
      definition_json: fresh.definition_json,
      updated_at: fresh.updated_at,
    })
    const updated = await resolveProgram(ctx.trx, { programId: row.id })
    return programDetail(ctx.trx, updated)
  }
  await updateProgramRow(ctx.trx, row.id, { is_current: 0, updated_at: ctx.now() })
  const next = rowFor(ctx, program, row.version + 1)
  await insertProgram(ctx.trx, next)
  return programDetail(ctx.trx, next)
}

export async function getProgram(ctx: ReadContext, ref: ProgramRef): Promise<AidProgramDetail> {
  return programDetail(ctx.db, await resolveProgram(ctx.db, ref))
}
