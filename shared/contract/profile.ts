import { z } from 'zod'
import { contactPhoneField, creditCodeField, optionalText } from './fields'
import { returns, type ContractSection } from './types'

export const unionLevels = ['乡镇总工会', '街道总工会', '工会工作委员会', '联合工会', '区域性工会联合会', '行业性工会联合会', '基层工会', '县（区）总工会', '市总工会'] as const
export type UnionLevel = (typeof unionLevels)[number]

/** The levels that receive packages from offices (issue 15): a database at one of these is a federation. */
export const federationLevels = ['县（区）总工会', '市总工会'] as const satisfies readonly UnionLevel[]

export function isFederationLevel(level: UnionLevel): boolean {
  return (federationLevels as readonly UnionLevel[]).includes(level)
}

export interface Profile {
  name: string
  level: UnionLevel
  creditCode: string | null
  parentName: string | null
  address: string | null
  contactPerson: string | null
  contactPhone: string | null
  chairman: string | null
  updatedAt: string
}

export const profileInput = z.object({
  name: z.string().trim().min(1).max(100),
  level: z.enum(unionLevels),
  creditCode: creditCodeField,
  parentName: optionalText(100),
  address: optionalText(200),
  contactPerson: optionalText(50),
  contactPhone: contactPhoneField,
  chairman: optionalText(50),
})
export type ProfileInput = z.input<typeof profileInput>

export const profileLabels = {
  name: '单位名称',
  level: '单位层级',
  creditCode: '统一社会信用代码',
  parentName: '上级工会',
  address: '地址',
  contactPerson: '联系人',
  contactPhone: '联系电话',
  chairman: '工会主席',
} as const

export const profileContract = {
  'profile.get': {
    input: z.object({}),
    labels: {},
    result: returns<Profile | null>(),
    permission: 'profile.read',
    writes: false,
  },
  'profile.save': {
    input: profileInput,
    labels: profileLabels,
    result: returns<Profile>(),
    permission: 'profile.write',
    writes: true,
  },
} satisfies ContractSection<'profile'>
