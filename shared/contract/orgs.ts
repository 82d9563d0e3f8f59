import { z } from 'zod'
import { contactPhoneField, creditCodeField, isoDateField, optionalIsoDate as optionalDate, optionalText } from './fields'
import { returns, type ContractSection } from './types'

/**
 * Grassroots unions (基层工会) under this office and the enterprises they cover (domain.md §2).
 * Changes to this file after the first version are additive only; each is noted here.
 */

export const orgTypes = ['企业工会', '机关事业单位工会', '联合基层工会', '村工会', '社区工会', '区域性工会联合会', '行业性工会联合会', '其他'] as const
export type OrgType = (typeof orgTypes)[number]

export const orgStatuses = ['active', 'merged', 'dissolved'] as const
export type OrgStatus = (typeof orgStatuses)[number]
export const orgStatusLabels: Readonly<Record<OrgStatus, string>> = { active: '正常', merged: '已合并', dissolved: '已撤销' }

/** Computed from the register, never typed (domain §2.3). Only 在会 and 保留 members count. */
export interface OrgCounts {
  members: number
  women: number
  migrant: number
  newForm: number
}

export interface Enterprise {
  id: string
  orgId: string
  name: string
  creditCode: string | null
  industry: string | null
  economicType: string | null
  address: string | null
  employeeCount: number | null
}

export interface OrgSummary {
  id: string
  name: string
  creditCode: string | null
  type: OrgType
  parentId: string | null
  foundedOn: string | null
  chairman: string | null
  contactPerson: string | null
  contactPhone: string | null
  address: string | null
  status: OrgStatus
  mergedInto: string | null
  enterpriseCount: number
  counts: OrgCounts
  updatedAt: string
}

export interface OrgDetail extends OrgSummary {
  enterprises: Enterprise[]
  /** Why dissolve is refused right now (members still 在会), or null when it is allowed. */
  dissolveBlockedReason: string | null
}

export interface MergeResult {
  from: OrgSummary
  into: OrgDetail
  movedMembers: number
  movedEnterprises: number
}


const phoneField = contactPhoneField

export const enterpriseInput = z.object({
  /** Absent for a new enterprise. */
  id: z.string().optional(),
  name: z.string().trim().min(1).max(200),
  creditCode: creditCodeField,
  industry: optionalText(100),
  economicType: optionalText(100),
  address: optionalText(200),
  employeeCount: z.number().int().min(0).max(10_000_000).nullish().transform((v) => v ?? null),
})

export const orgSaveInput = z.object({
  /** Absent to create. */
  id: z.string().optional(),
  name: z.string().trim().min(1).max(200),
  creditCode: creditCodeField,
  type: z.enum(orgTypes),
  parentId: z.string().nullish().transform((v) => v ?? null),
  foundedOn: optionalDate,
  chairman: optionalText(50),
  contactPerson: optionalText(50),
  contactPhone: phoneField,
  address: optionalText(200),
  /** The full list: enterprises left out are removed (refused while members still point at them). */
  enterprises: z.array(enterpriseInput).max(500).default([]),
})
export type OrgSaveInput = z.input<typeof orgSaveInput>

export const orgLabels = {
  id: '工会',
  name: '工会名称',
  creditCode: '统一社会信用代码',
  type: '工会类型',
  parentId: '上级组织',
  foundedOn: '建会日期',
  chairman: '工会主席',
  contactPerson: '联系人',
  contactPhone: '联系电话',
  address: '地址',
  enterprises: '覆盖企业',
  'enterprises.name': '企业名称',
  'enterprises.creditCode': '企业统一社会信用代码',
  'enterprises.industry': '所属行业',
  'enterprises.economicType': '经济类型',
  'enterprises.address': '企业地址',
  'enterprises.employeeCount': '职工人数',
  includeInactive: '包含已合并/撤销',
  fromId: '被合并的工会',
  intoId: '并入的工会',
  date: '日期',
  reason: '原因',
} as const

export const orgsContract = {
  /** Flat list with parentId; the UI builds the tree. Merged/dissolved unions only with includeInactive. */
  'orgs.list': {
    input: z.object({ includeInactive: z.boolean().default(false) }),
    labels: orgLabels,
    result: returns<OrgSummary[]>(),
    permission: 'members.read',
    writes: false,
  },
  'orgs.get': {
    input: z.object({ id: z.string().min(1) }),
    labels: orgLabels,
    result: returns<OrgDetail>(),
    permission: 'members.read',
    writes: false,
  },
  'orgs.save': {
    input: orgSaveInput,
    labels: orgLabels,
    result: returns<OrgDetail>(),
    permission: 'members.write',
    writes: true,
    auditRecord: { read: 'orgs.get', id: 'id' },
  },
  /** Moves every member and enterprise of `fromId` into `intoId`; `fromId` becomes 已合并 (kept for history). */
  'orgs.merge': {
    input: z.object({ fromId: z.string().min(1), intoId: z.string().min(1), reason: optionalText(200) }),
    labels: orgLabels,
    result: returns<MergeResult>(),
    permission: 'members.write',
    writes: true,
  },
  /**
   * Refused (code CONFLICT) while any member is 在会 there: transfer them or set them to 保留 first. Retained members
   * stay on the dissolved union's books, which the higher-level union (this office) then holds (domain §3.3.4).
   */
  'orgs.dissolve': {
    input: z.object({ id: z.string().min(1), date: isoDateField, reason: optionalText(200) }),
    labels: orgLabels,
    result: returns<OrgDetail>(),
    permission: 'members.write',
    writes: true,
  },
} satisfies ContractSection<'orgs'>
