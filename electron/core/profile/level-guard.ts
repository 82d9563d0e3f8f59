import { isFederationLevel, type UnionLevel } from '../../../shared/contract/profile'
import { AppError } from '../../../shared/errors'
import { countAll } from '../db/sql-helpers'
import type { Db } from '../db/schema/index'

// An office's register and the packages it sent, and a federation's registered offices, cannot share one database:
// the header, the menus, the exchange and the statistics all take their side from the level (issue 15). So a level is
// refused when the database already holds the other side's data, and the message says what is there.

async function officeData(db: Db): Promise<string[]> {
  const members = await db.selectFrom('member').select(countAll().as('n')).executeTakeFirstOrThrow()
  const packages = await db.selectFrom('exchange_outbound').select(countAll().as('n')).executeTakeFirstOrThrow()
  return [members.n > 0 ? `${members.n} 名会员` : '', packages.n > 0 ? `${packages.n} 个已生成的上报包` : ''].filter(Boolean)
}

async function federationData(db: Db): Promise<string[]> {
  const offices = await db.selectFrom('exchange_office').select(countAll().as('n')).executeTakeFirstOrThrow()
  return offices.n > 0 ? [`${offices.n} 个已登记的下级单位`] : []
}

/** Refuses `level` when the database holds data of the other side (office register vs federation's offices). */
export async function assertLevelFitsData(db: Db, level: UnionLevel): Promise<void> {
  if (isFederationLevel(level)) {
    const there = await officeData(db)
    if (there.length > 0) {
      throw new AppError('CONFLICT', `「本单位层级」不能设为${level}：本库已有 ${there.join('、')}，是基层单位（乡镇、街道等）的数据。联合会请另建一个数据库`, { field: 'level' })
    }
    return
  }
  const there = await federationData(db)
  if (there.length > 0) {
    throw new AppError('CONFLICT', `「本单位层级」不能设为${level}：本库已有 ${there.join('、')}，是县（区）、市总工会汇总下级上报数据的库。基层单位请另建一个数据库`, { field: 'level' })
  }
}

/** demo.load: sample members in a federation database would mix with the offices' reported data. */
export function assertNotFederation(level: UnionLevel | undefined): void {
  if (level !== undefined && isFederationLevel(level)) {
    throw new AppError('CONFLICT', `本库是${level}（联合会）数据库，不能载入示例数据：示例会员会和下级单位上报的数据混在一起。请在基层单位的数据库中试用示例数据`)
  }
}
