import ExcelJS from 'exceljs'
import type { FilePayload } from '../../../shared/contract/types'
import { idCheckChar } from '../../../shared/identity/id-number'
import { createTestCore, type TestCore } from '../../helpers/test-core'

/** A valid resident ID: region + birth date + 3-digit sequence (odd = male) + check character. */
export function makeId(birth: string, seq: number, region = '469023'): string {
  const first17 = `${region}${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`
  return first17 + idCheckChar(first17)
}

export async function xlsxPayload(rows: unknown[][], fileName = '会员.xlsx', prepare?: (ws: ExcelJS.Worksheet) => void): Promise<FilePayload> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('会员名册')
  for (const r of rows) ws.addRow(r)
  prepare?.(ws)
  const buffer = Buffer.from(await wb.xlsx.writeBuffer())
  return { fileName, contentBase64: buffer.toString('base64') }
}

export function bytesPayload(bytes: Uint8Array, fileName: string): FilePayload {
  return { fileName, contentBase64: Buffer.from(bytes).toString('base64') }
}

let gbkTable: Map<string, number[]> | undefined
/** GBK bytes for a text (the test needs an encoder; TextDecoder only decodes), built by decoding every 2-byte pair. */
export function gbkEncode(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map()
    const dec = new TextDecoder('gb18030')
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue
        const ch = dec.decode(new Uint8Array([a, b]))
        if (ch.length === 1 && !gbkTable.has(ch)) gbkTable.set(ch, [a, b])
      }
    }
  }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (code < 0x80) out.push(code)
    else {
      const bytes = gbkTable.get(ch)
      if (!bytes) throw new Error(`not in GBK: ${ch}`)
      out.push(...bytes)
    }
  }
  return new Uint8Array(out)
}

export async function addOrg(t: TestCore, name: string): Promise<string> {
  return (await t.call('orgs.save', { name, type: '企业工会' })).id
}

/** A fresh core with one union, 木棠镇联合工会, to file imported and saved members under. */
export async function coreWithUnion(): Promise<{ t: TestCore; orgId: string }> {
  const t = await createTestCore()
  return { t, orgId: await addOrg(t, '木棠镇联合工会') }
}

export async function addMember(t: TestCore, orgId: string, name: string, idNumber: string, joinDate = '2020-01-01'): Promise<string> {
  return (await t.call('members.save', { orgId, name, idNumber, joinDate })).member.id
}
