import { describe, expect, it } from 'vitest'
import { summarise, summaryFigures, totalOf, type TallyCount } from './summary'

describe('summarise', () => {
  const row = (p: Partial<TallyCount>): TallyCount => ({ orgId: 'a', status: 'active', gender: '', isMigrant: false, newFormType: '', n: 1, ...p })

  it('counts 在会 and 保留 as members and their categories; every status as a row of the 采集表', () => {
    const f = summarise(
      [
        row({ n: 5, gender: '女', isMigrant: true }),
        row({ status: 'retained', n: 2, newFormType: '快递员' }),
        row({ status: 'withdrawn', n: 3, gender: '女', isMigrant: true, newFormType: '外卖送餐员' }),
        row({ status: 'transferred_out', n: 1 }),
      ],
      [],
    ).get('a')
    const get = (k: Parameters<NonNullable<typeof f>['get']>[0]) => f?.get(k)
    expect([get('rows'), get('members'), get('active'), get('retained'), get('women'), get('migrant'), get('newForm'), get('newForm:快递员'), get('newForm:外卖送餐员')]).toEqual([11, 7, 5, 2, 5, 5, 2, 2, 0])
  })

  it('a new-form type outside the list counts as 其他; an unknown status is not counted at all', () => {
    const f = summarise([row({ newFormType: '代驾司机', n: 4 }), row({ status: 'deceased', n: 9 })], []).get('a')
    expect([f?.get('newForm'), f?.get('newForm:其他'), f?.get('rows')]).toEqual([4, 4, 4])
  })

  it('puts the period\'s persons per event type on their union; a union with only events still appears', () => {
    const m = summarise([row({ n: 2 })], [{ orgId: 'b', type: 'transfer_out', persons: 3 }, { orgId: 'a', type: 'join', persons: 2 }])
    expect(m.get('a')?.get('period:join')).toBe(2)
    expect(m.get('b')?.get('period:transfer_out')).toBe(3)
    expect(m.get('b')?.get('rows')).toBe(0)
    const total = totalOf(m.values())
    expect(summaryFigures.map((s) => total.get(s.key)).reduce((a, b) => a + b, 0)).toBe(2 + 2 + 2 + 2 + 3)
  })
})
