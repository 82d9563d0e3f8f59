import { figureGroups, type AnnualReturn, type Figure, type PeriodSummary, type ReportPeriod, type UnionFigures } from '../../../shared/contract/reports'
import { AppError } from '../../../shared/errors'
import { reportingYear, reportingYearTitle } from '../../../shared/reports/period'
import { summaryParagraph } from '../../../shared/reports/summary'
import type { ReadContext } from '../context'
import type { Db } from '../db/schema/index'
import { figureCatalog, type FigureDef, type ProgramHeading } from './catalog'
import { countMembers } from './count-members'
import { countCongress, countContracts, countUnions } from './count-organisation'
import { countAid, countHardship, countMediation, paidPrograms } from './count-welfare'
import { readYearStart } from './settings'
import { newTally, reasonFor, type Tally } from './tally'

/** Every figure of one period, each source one or a few aggregate queries. */
export async function countPeriod(db: Db, period: ReportPeriod, programs: readonly ProgramHeading[]): Promise<Tally> {
  const t = newTally()
  await countUnions(db, period, t)
  await countMembers(db, period, t)
  await countContracts(db, period, t)
  await countCongress(db, period, t)
  await countHardship(db, period, t)
  await countAid(db, period, programs, t)
  await countMediation(db, period, t)
  return t
}

/** A figure's value for the office (orgId null) or one union: null with the reason when it cannot be computed. */
function valueOf(t: Tally, key: string, orgId: string | null): { value: number | null; reason: string | null } {
  const reason = reasonFor(t, key)
  if (reason !== null) return { value: null, reason }
  const column = orgId === null ? t.total : t.byOrg.get(orgId)
  return { value: column?.get(key) ?? 0, reason: null }
}

function toFigure(def: FigureDef, now: Tally, before: Tally | null, orgId: string | null): Figure {
  const current = valueOf(now, def.key, orgId)
  const previous = before ? valueOf(before, def.key, orgId) : { value: null, reason: null }
  return {
    ...def,
    value: current.value,
    reason: current.reason,
    previous: previous.value,
    previousReason: previous.reason,
    note: now.notes.get(def.key) ?? null,
    drillable: current.reason === null,
  }
}

export async function requireOrgName(db: Db, orgId: string | undefined): Promise<string | null> {
  if (orgId === undefined) return null
  const org = await db.selectFrom('org').select('name').where('id', '=', orgId).executeTakeFirst()
  if (!org) throw new AppError('NOT_FOUND', `「基层工会」不存在：${orgId}`, { field: 'orgId' })
  return org.name
}

/** The unions with a column: any union with something counted in the year, in name order. */
async function unionColumns(db: Db, defs: readonly FigureDef[], t: Tally, only: string | null): Promise<UnionFigures[]> {
  const ids = only === null ? [...t.byOrg.keys()] : [only]
  if (ids.length === 0) return []
  const orgs = await db.selectFrom('org').select(['id', 'name']).where('id', 'in', ids).orderBy('name').orderBy('id').execute()
  return orgs.map((o) => ({
    orgId: o.id,
    orgName: o.name,
    values: Object.fromEntries(defs.map((d) => [d.key, valueOf(t, d.key, o.id).value])),
  }))
}

const officeName = async (db: Db) => (await db.selectFrom('profile').select('name').executeTakeFirst())?.name ?? null

export async function annualReturn(ctx: ReadContext, p: { year: number; orgId?: string | undefined }): Promise<AnnualReturn> {
  const { db } = ctx
  const orgName = await requireOrgName(db, p.orgId)
  const yearStart = await readYearStart(db)
  const period = reportingYear(p.year, yearStart)
  const previousPeriod = reportingYear(p.year - 1, yearStart)
  const programs = await paidPrograms(db, [period, previousPeriod])
  const now = await countPeriod(db, period, programs)
  const before = await countPeriod(db, previousPeriod, programs)
  const defs = figureCatalog(programs)
  const orgId = p.orgId ?? null
  const figures = defs.map((d) => toFigure(d, now, before, orgId))
  const title = reportingYearTitle(p.year, period)
  return {
    year: p.year,
    title,
    period,
    previousPeriod,
    yearStart,
    orgId,
    orgName,
    officeName: await officeName(db),
    groups: figureGroups,
    figures,
    unions: await unionColumns(db, defs, now, orgId),
    summary: summaryParagraph(`${orgName ?? ''}${title}`, new Map(figures.map((f) => [f.key, f.value]))),
    generatedAt: ctx.now(),
  }
}

export async function periodSummary(ctx: ReadContext, p: { from: string; to: string; orgId?: string | undefined }): Promise<PeriodSummary> {
  const { db } = ctx
  const orgName = await requireOrgName(db, p.orgId)
  const period = { from: p.from, to: p.to }
  const programs = await paidPrograms(db, [period])
  const now = await countPeriod(db, period, programs)
  const orgId = p.orgId ?? null
  const figures = figureCatalog(programs).map((d) => toFigure(d, now, null, orgId))
  const heading = `${orgName ?? ''}${p.from}至${p.to}`
  return {
    period,
    orgId,
    orgName,
    groups: figureGroups,
    figures,
    summary: summaryParagraph(heading, new Map(figures.map((f) => [f.key, f.value]))),
    generatedAt: ctx.now(),
  }
}
