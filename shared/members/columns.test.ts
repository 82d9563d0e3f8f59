import { describe, expect, it } from 'vitest'
import { columnForHeader, guessMapping, templateColumns } from './columns'

describe('header variants', () => {
  it.each([
    ['姓名', 'name'], ['职工姓名', 'name'], ['身份证号', 'idNumber'], ['身份证号码', 'idNumber'], ['证件号码', 'idNumber'],
    ['性别', 'gender'], ['出生日期', 'birthDate'], ['出生年月', 'birthDate'], ['手机', 'phone'], ['手机号', 'phone'],
    ['联系电话', 'phone'], ['工作单位', 'employerName'], ['所在单位', 'employerName'], [' 姓 名 ', 'name'], ['身份证号码(18位)', 'idNumber'],
    ['*姓名', 'name'], ['技能等级', 'skillLevel'], ['是否农民工会员', 'isMigrant'],
  ])('%s → %s', (header, key) => {
    expect(columnForHeader(header)).toBe(key)
  })
  it('leaves unknown headers unmapped and maps a field only once', () => {
    expect(guessMapping(['姓名', '爱好', '职工姓名'])).toEqual(['name', null, null])
  })
  it('has the 20 template columns in the standard order', () => {
    expect(templateColumns.map((c) => c.header)).toEqual([
      '序号', '姓名', '性别', '出生日期', '民族', '就业状况', '证件类别', '证件号码', '学历', '技术等级', '移动电话', '户籍类型', '户籍所在地',
      '会籍变化类型', '会籍变化日期', '会籍变化原因', '政治面貌', '工作单位', '籍贯', '是否农民工会员',
    ])
  })
})
