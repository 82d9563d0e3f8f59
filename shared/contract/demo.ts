import { z } from 'zod'
import { returns, type ContractSection } from './types'

/** Synthetic data for trying the app and for benchmarks; later issues extend what it fills. */
export interface DemoResult {
  orgs: number
  enterprises: number
  members: number
  events: number
  aidPrograms: number
  aidApplications: number
  hardshipFiles: number
}

/** Records of a kind added after the demo was loaded (real work typed into a demo database). */
export interface DemoAddition {
  /** 会员, 救助申请 … */
  what: string
  count: number
}

/** Present while the database holds demo data (null otherwise): the header shows 示例数据, and it can be cleared. */
export interface DemoStatus {
  loadedAt: string
  members: number
  addedSince: DemoAddition[]
}

export interface DemoCleared {
  members: number
  orgs: number
  /** What had been added since the load and was removed with the demo (empty unless includeAdded was given). */
  addedRemoved: DemoAddition[]
}

export const demoContract = {
  /**
   * Fills an EMPTY register (refused with CONFLICT when any member exists). Same seed → same data. A database with no
   * 本单位信息 gets the demo office's, so every print has its letterhead and contact line; the database is marked
   * as holding demo data until demo.clear.
   */
  'demo.load': {
    input: z.object({
      members: z.number().int().min(1).max(500_000).default(2000),
      seed: z.number().int().min(0).default(1),
    }),
    labels: { members: '会员人数', seed: '随机种子' },
    result: returns<DemoResult>(),
    permission: 'members.write',
    writes: true,
  },
  'demo.status': {
    input: z.object({}),
    labels: {},
    result: returns<DemoStatus | null>(),
    permission: 'profile.read',
    writes: false,
  },
  /**
   * Removes the demo and returns the database to its first run (本单位信息 included), in one transaction: unions,
   * enterprises, members, aid, hardship files, contracts, congresses, mediation cases and the print log. Accounts, the
   * audit trail, printer offsets, serial counters (a serial is never reused), the holiday calendar, aid settings and
   * remembered import mappings stay. Records added since the load are refused (CONFLICT, naming them) unless
   * includeAdded says to remove them as well.
   */
  'demo.clear': {
    input: z.object({ includeAdded: z.boolean().default(false) }),
    labels: { includeAdded: '一并清除载入后新增的记录' },
    result: returns<DemoCleared>(),
    permission: 'system.admin',
    writes: true,
  },
} satisfies ContractSection<'demo'>
