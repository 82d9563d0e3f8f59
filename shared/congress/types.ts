// Result types and code lists of the congress.* methods (domain.md §9). The contract (shared/contract/congress.ts) names them.

export const REPRESENTATIVE_CATEGORIES = ['一线职工', '中层以上管理人员和领导人员', '其他'] as const
export type RepresentativeCategory = (typeof REPRESENTATIVE_CATEGORIES)[number]

export const GENDERS = ['男', '女'] as const
export type Gender = (typeof GENDERS)[number]

/** The six standards of Danyang's "六对标" drive (seed 003), in the order the seed lists them. */
export const CHECK_NAMES = ['制度建设', '审议职权', '法定人数', '结构比例', '表决方式', '按期换届'] as const
export type CheckName = (typeof CHECK_NAMES)[number]

export interface Representative {
  name: string
  category: RepresentativeCategory
  gender: Gender
}

export interface SessionVote {
  item: string
  yes: number
}

export interface CongressSession {
  date: string
  present: number
  items: string[]
  votes: SessionVote[]
}

export interface CheckResult {
  name: CheckName
  pass: boolean
  /** Why, in Chinese, naming the dates and numbers; for a pass too, so a green cell can be explained. */
  reason: string
}

/** Where the women's share the 结构比例 check compares with came from. */
export interface WorkforceWomen {
  women: number
  total: number
  /** 企业 = the enterprise's own members in the register; 工会 = its grassroots union's, when the enterprise has none. */
  source: '企业' | '工会'
}

export interface CongressRecord {
  enterpriseId: string
  enterpriseName: string
  orgId: string
  orgName: string
  economicType: string | null
  established: boolean
  rulesOnFile: boolean
  termStart: string | null
  termEnd: string | null
  representatives: Representative[]
  sessions: CongressSession[]
  updatedAt: string
}

export interface CongressCheckReport {
  enterpriseId: string
  enterpriseName: string
  today: string
  checks: CheckResult[]
}

export interface CongressDetail extends CongressRecord {
  today: string
  checks: CheckResult[]
  workforceWomen: WorkforceWomen | null
}

/** One row of the 六对标 table: every enterprise of the register, with or without a congress record. */
export interface CongressOverviewRow {
  enterpriseId: string
  enterpriseName: string
  orgName: string
  economicType: string | null
  hasRecord: boolean
  established: boolean
  checks: CheckResult[]
}

export interface EstablishmentRate {
  /** The enterprise's 经济类型 as registered; 未填 when blank. */
  economicType: string
  enterprises: number
  established: number
  /** Enterprises with 100 or more employees, the size seed 003's non-public target is set for. */
  hundredPlus: number
  hundredPlusEstablished: number
}

export interface EstablishmentRates {
  rows: EstablishmentRate[]
  total: EstablishmentRate
}
