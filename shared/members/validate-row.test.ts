import { describe, expect, it } from 'vitest'
import { validateMemberRow } from './validate-row'

const today = '2026-11-23'
const ok = { name: '张𠮷祥', idNumber: '11010519491231002X' }
const codes = (r: ReturnType<typeof validateMemberRow>) => r.issues.map((i) => `${i.severity}:${i.field}:${i.code}`)

describe('validateMemberRow — rejections', () => {
  it('rejects a row without a name', () => {
    const r = validateMemberRow({ name: '  ', idNumber: ok.idNumber }, { today })
    expect(r.member).toBeNull()
    expect(codes(r)).toContain('error:name:NAME_MISSING')
  })
  it('rejects a missing ID number', () => {
    expect(codes(validateMemberRow({ name: '张三' }, { today }))).toContain('error:idNumber:ID_MISSING')
  })
  it('rejects a bad check character and names the expected one', () => {
    const r = validateMemberRow({ name: '张三', idNumber: '46040019900307123X' }, { today })
    expect(codes(r)).toEqual(['error:idNumber:ID_CHECKSUM'])
    expect(r.issues[0]?.message).toContain('3')
  })
  it('rejects an impossible birth date', () => {
    expect(codes(validateMemberRow({ name: '张三', idNumber: '469023199202301231' }, { today }))).toEqual(['error:idNumber:ID_INVALID'])
  })
  it('rejects a wrong length', () => {
    expect(codes(validateMemberRow({ name: '张三', idNumber: '4690231992023' }, { today }))).toEqual(['error:idNumber:ID_INVALID'])
  })
  it('rejects an 18-digit ID that Excel stored as a number (digits lost)', () => {
    expect(codes(validateMemberRow({ name: '张三', idNumber: 469023198808080000 }, { today }))).toEqual(['error:idNumber:ID_INVALID'])
  })
  it('rejects an unknown lifecycle type and a bad or future event date', () => {
    expect(codes(validateMemberRow({ ...ok, eventType: '开除' }, { today }))).toContain('error:eventType:VALUE_INVALID')
    expect(codes(validateMemberRow({ ...ok, eventDate: '2019-02-30' }, { today }))).toContain('error:eventDate:DATE_INVALID')
    expect(codes(validateMemberRow({ ...ok, eventDate: '2030-01-01' }, { today }))).toContain('error:eventDate:DATE_INVALID')
  })
  it('rejects an event dated before the 16th birthday, as a 会籍变化 entered in the app is (born 1949-12-31)', () => {
    const early = validateMemberRow({ ...ok, eventDate: '1965-12-30' }, { today })
    expect(early.member).toBeNull()
    expect(early.issues.map((i) => i.message)).toEqual(['「会籍变化日期」1965-12-30 早于本人年满 16 周岁（1965-12-31）'])
    expect(validateMemberRow({ ...ok, eventDate: '1965-12-31' }, { today }).member?.eventDate).toBe('1965-12-31')
  })
})

describe('validateMemberRow — normalisation and warnings', () => {
  it('normalises lowercase x, full-width digits, 15-digit IDs', () => {
    expect(validateMemberRow({ name: '张三', idNumber: '１１０１０５１９４９１２３１００２x' }, { today }).member?.idNumber).toBe('11010519491231002X')
    expect(validateMemberRow({ name: '张三', idNumber: '460400900307123' }, { today }).member?.idNumber).toBe('460400199003071233')
  })
  it('takes gender and birth date from the ID and warns when the columns disagree', () => {
    const r = validateMemberRow({ ...ok, gender: '男', birthDate: '1950/1/1' }, { today })
    expect(r.member).toMatchObject({ gender: '女', birthDate: '1949-12-31' })
    expect(codes(r)).toEqual(['warning:gender:MISMATCH', 'warning:birthDate:MISMATCH'])
  })
  it('accepts HK/Macau/Taiwan and foreign permanent-resident numbers', () => {
    expect(validateMemberRow({ name: '陈大文', idNumber: '810000198506120315' }, { today }).member?.idKind).toBe('hkmo')
    expect(validateMemberRow({ name: '林美', idNumber: '830000199505200127' }, { today }).member?.idKind).toBe('taiwan')
    expect(validateMemberRow({ name: 'John Smith', idNumber: '911840198503150016' }, { today }).member?.idKind).toBe('foreign')
  })
  it('keeps passports as typed when the document kind says so', () => {
    expect(validateMemberRow({ name: 'John Smith', idKind: '护照', idNumber: 'e12345678' }, { today }).member).toMatchObject({ idKind: 'other', idNumber: 'E12345678' })
  })
  it('warns on an unknown region but accepts the row', () => {
    const r = validateMemberRow({ name: '张三', idNumber: '469099199001010013' }, { today })
    expect(r.member).not.toBeNull()
    expect(codes(r)).toEqual(['warning:idNumber:VALUE_INVALID'])
  })
  it('normalises the ethnic-name dot and never truncates a long name', () => {
    const long = '阿依古丽・买买提・吐尔逊・艾合买提江・阿不都热合曼'
    expect(validateMemberRow({ name: long, idNumber: ok.idNumber }, { today }).member?.name).toBe(long.replace(/・/g, '·'))
  })
  it('normalises a mobile and warns on a bad one (kept as typed)', () => {
    expect(validateMemberRow({ ...ok, phone: '+86 138-0013-8000' }, { today }).member?.phone).toBe('13800138000')
    const r = validateMemberRow({ ...ok, phone: '0898-6666' }, { today })
    expect(r.member?.phone).toBe('0898-6666')
    expect(codes(r)).toEqual(['warning:phone:VALUE_INVALID'])
  })
  it('reads 是/否 and warns on anything else; new-form type from the list', () => {
    expect(validateMemberRow({ ...ok, isMigrant: '是' }, { today }).member?.isMigrant).toBe(true)
    expect(codes(validateMemberRow({ ...ok, isMigrant: '也许' }, { today }))).toEqual(['warning:isMigrant:VALUE_INVALID'])
    expect(validateMemberRow({ ...ok, newFormType: '外卖送餐员' }, { today }).member?.newFormType).toBe('外卖送餐员')
    expect(codes(validateMemberRow({ ...ok, newFormType: '主播' }, { today }))).toEqual(['warning:newFormType:VALUE_INVALID'])
  })
  it('reads lifecycle types by word or template code', () => {
    expect(validateMemberRow({ ...ok, eventType: '4' }, { today }).member?.eventType).toBe('transfer_out')
    expect(validateMemberRow({ ...ok, eventType: '保留' }, { today }).member?.eventType).toBe('retain')
  })
})

describe('validateMemberRow — every date form in 会籍变化日期', () => {
  it.each<[unknown, string]>([
    [43531, '2019-03-07'], // Excel serial
    ['2019/3/7', '2019-03-07'],
    ['2019-03-07', '2019-03-07'],
    ['2019.3.7', '2019-03-07'],
    ['2019年3月7日', '2019-03-07'],
    ['2019年3月', '2019-03-01'],
    ['20190307', '2019-03-07'],
    [20190307, '2019-03-07'],
    [new Date(Date.UTC(2019, 2, 7)), '2019-03-07'],
  ])('%s → %s', (cell, iso) => {
    expect(validateMemberRow({ ...ok, eventDate: cell }, { today }).member?.eventDate).toBe(iso)
  })
})

describe('validateMemberRow — text that cannot be stored as it is', () => {
  it('refuses U+FFFD and 锟斤拷 in any text field, naming the field', () => {
    expect(codes(validateMemberRow({ ...ok, name: '张\uFFFD霞' }, { today }))).toEqual(['error:name:VALUE_INVALID'])
    expect(codes(validateMemberRow({ ...ok, employerName: '木棠\uFFFD农场' }, { today }))).toEqual(['error:employerName:VALUE_INVALID'])
    expect(codes(validateMemberRow({ ...ok, hukouPlace: '海南锟斤拷' }, { today }))).toEqual(['error:hukouPlace:VALUE_INVALID'])
    expect(validateMemberRow({ ...ok, notes: '\uFFFD' }, { today }).member).toBeNull()
  })
  it('refuses NUL and other control characters, but keeps line breaks in 备注', () => {
    const nul = validateMemberRow({ ...ok, name: '王\u0000五' }, { today })
    expect(nul.member).toBeNull()
    expect(nul.issues.map((i) => i.message)).toEqual(['「姓名」含有控制字符 U+0000，请删除后再导入'])
    expect(codes(validateMemberRow({ ...ok, employerName: '木棠\u0085农场' }, { today }))).toEqual(['error:employerName:VALUE_INVALID'])
    expect(validateMemberRow({ ...ok, notes: '第一行\n第二行' }, { today }).member?.notes).toBe('第一行\n第二行')
  })
  it('refuses half a surrogate pair', () => {
    expect(codes(validateMemberRow({ ...ok, name: '张\uD842' }, { today }))).toEqual(['error:name:VALUE_INVALID'])
  })
  it('refuses text longer than members.save accepts, at one character past the limit', () => {
    expect(validateMemberRow({ ...ok, employerName: '王'.repeat(200) }, { today }).member?.employerName).toHaveLength(200)
    const long = validateMemberRow({ ...ok, employerName: '王'.repeat(201) }, { today })
    expect(long.issues.map((i) => i.message)).toEqual(['「工作单位」超过 200 个字符（填写了 201 个）'])
    expect(codes(validateMemberRow({ ...ok, name: '王'.repeat(101) }, { today }))).toEqual(['error:name:VALUE_INVALID'])
    expect(codes(validateMemberRow({ ...ok, notes: '王'.repeat(1001) }, { today }))).toEqual(['error:notes:VALUE_INVALID'])
    expect(codes(validateMemberRow({ ...ok, eventReason: '王'.repeat(201) }, { today }))).toEqual(['error:eventReason:VALUE_INVALID'])
  })
})
