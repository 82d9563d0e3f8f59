import type { TestCore } from '../../helpers/test-core'

/** One grassroots union with two enterprises and one member: what every mediation case here starts from. */
export async function seedRegister(t: TestCore) {
  const org = await t.call('orgs.save', {
    name: '木棠镇联合工会',
    type: '联合基层工会',
    enterprises: [{ name: '木棠镇金江食品有限公司' }, { name: '木棠镇顺达物流有限公司' }],
  })
  const [food, logistics] = org.enterprises
  if (!food || !logistics) throw new Error('enterprises not saved')
  const saved = await t.call('members.save', { orgId: org.id, name: '王建国', idNumber: '110105199007150030', phone: '13812345678', joinDate: '2015-05-01' })
  return { orgId: org.id, orgName: org.name, food, logistics, member: saved.member }
}
