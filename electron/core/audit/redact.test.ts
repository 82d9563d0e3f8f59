import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { diffRecords, inputChanges } from './changes'
import { recordIdsOf, redactForAudit } from './redact'

describe('redactForAudit', () => {
  it('masks marked fields at any depth, hashes file contents, drops secret fields, summarises long lists', () => {
    const bytes = Buffer.from('扫描件')
    const out = redactForAudit(
      {
        name: '张三',
        password: 'hunter22',
        workers: [{ idNumber: '469023198808080096', phone: '13800138000' }],
        familyMembers: [{ health: '尿毒症', name: '李四' }],
        file: { fileName: 'a.jpg', contentBase64: bytes.toString('base64') },
        rows: Array.from({ length: 60 }, (_, i) => i),
      },
      ['password'],
    )
    expect(out).toEqual({
      name: '张三',
      workers: [{ idNumber: '469023********0096', phone: '138****8000' }],
      familyMembers: [{ health: '（已隐去）', name: '李四' }],
      file: { fileName: 'a.jpg', contentBase64: `sha256:${createHash('sha256').update(bytes).digest('hex')}` },
      rows: [...Array.from({ length: 50 }, (_, i) => i), '…（共 60 项，只记前 50 项）'],
    })
  })

  it('keeps null and non-string values of marked fields as they are', () => {
    expect(redactForAudit({ phone: null, bankAccount: undefined })).toEqual({ phone: null })
  })
})

describe('changes', () => {
  const labels = { name: '姓名', phone: '移动电话', bankAccount: '银行账号' }
  it('lists only labelled fields that differ, masked, before and after', () => {
    const before = { id: 'm1', name: '郑一', phone: '13800138000', age: 30, updatedAt: 'a' }
    const after = { id: 'm1', name: '郑一', phone: '13912345678', age: 31, updatedAt: 'b' }
    expect(diffRecords(before, after, labels, [])).toEqual([{ field: 'phone', before: '138****8000', after: '139****5678' }])
  })

  it('a new record lists its non-empty fields without before; a removed one its fields without after', () => {
    expect(diffRecords(null, { name: '郑一', phone: null, bankAccount: '6222021234567890' }, labels, [])).toEqual([
      { field: 'name', after: '郑一' },
      { field: 'bankAccount', after: '6222********7890' },
    ])
    expect(diffRecords({ name: '郑一' }, null, labels, [])).toEqual([{ field: 'name', before: '郑一' }])
  })

  it('without a record: the input fields as after values, the reason left to its column', () => {
    expect(inputChanges({ id: 'x', phone: '13800138000', reason: '核对' }, [])).toEqual([{ field: 'id', after: 'x' }, { field: 'phone', after: '138****8000' }])
  })

  it('record ids: the input id and …Id fields, the result id and its record’s id', () => {
    expect(recordIdsOf({ memberId: 'm1', orgId: 'o1', name: 'x' }, { member: { id: 'm1' }, id: 'r1' })).toEqual(['m1', 'o1', 'r1'])
  })
})
