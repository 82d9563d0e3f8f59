import type { CongressSaveInput } from '../../../shared/contract/congress'
import type { Gender, RepresentativeCategory } from '../../../shared/congress/types'
import { idNumber } from '../aid/fixtures'
import type { TestCore } from '../../helpers/test-core'

/** A roster of `frontline` + `managers` + `other`, the first `women` of them women. */
export function roster(frontline: number, managers: number, other: number, women: number) {
  const cats: RepresentativeCategory[] = [
    ...Array<RepresentativeCategory>(frontline).fill('一线职工'),
    ...Array<RepresentativeCategory>(managers).fill('中层以上管理人员和领导人员'),
    ...Array<RepresentativeCategory>(other).fill('其他'),
  ]
  return cats.map((category, i) => {
    const gender: Gender = i < women ? '女' : '男'
    return { name: `代表${i + 1}`, category, gender }
  })
}

export const agenda = ['企业年度工作报告', '工资专项集体合同草案', '劳动定额和奖惩办法']

/** A congress that meets all six standards on 2025-12-01: 45 representatives, term 2024-03-01 至 2027-02-28. */
export function compliant(over: Partial<CongressSaveInput> = {}): CongressSaveInput {
  return {
    enterprise: '海港机械有限公司',
    union: '城东联合工会',
    established: true,
    rulesOnFile: true,
    termStart: '2024-03-01',
    termEnd: '2027-02-28',
    representatives: roster(30, 9, 6, 15),
    sessions: [
      { date: '2024-03-15', present: 40, items: agenda, votes: [{ item: '工资专项集体合同草案', yes: 35 }] },
      { date: '2025-03-10', present: 30, items: agenda, votes: [{ item: '劳动定额和奖惩办法', yes: 23 }] },
    ],
    ...over,
  }
}

export async function setUpUnion(t: TestCore) {
  return t.call('orgs.save', {
    name: '城东联合工会',
    type: '联合基层工会',
    enterprises: [
      { name: '海港机械有限公司', economicType: '私营企业', employeeCount: 320 },
      { name: '东湖纺织厂', economicType: '集体企业', employeeCount: 80 },
      { name: '城东物流有限公司', economicType: '私营企业', employeeCount: 40 },
    ],
  })
}

/** Members of an enterprise with their gender; an odd ID sequence is male, even female (GB 11643 digit 17). */
export async function addMembers(t: TestCore, orgId: string, enterpriseId: string, women: number, men: number, from = 1) {
  let seq = from * 2
  const save = async (gender: Gender) => {
    seq += gender === '女' ? (seq % 2 === 0 ? 2 : 1) : seq % 2 === 1 ? 2 : 1
    await t.call('members.save', { orgId, enterpriseId, name: `职工${seq}`, gender, idNumber: idNumber(seq), joinDate: '2020-01-01' })
  }
  for (let i = 0; i < women; i++) await save('女')
  for (let i = 0; i < men; i++) await save('男')
}
