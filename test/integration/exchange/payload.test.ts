import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors'
import { encodePayload, payloadRows, unzipPayload, type PayloadRow } from '../../../electron/core/exchange/payload'

const rows: PayloadRow[] = [
  { t: 'org', k: 'o1', op: 'upsert', row: { id: 'o1', name: '青山镇联合工会' } },
  { t: 'member', k: 'm1', op: 'upsert', row: { id: 'm1', name: '王芳', id_number: '469023199007150044', amount_fen: 12345, note: null } },
  { t: 'member', k: 'm2', op: 'delete' },
  { t: 'collective_contract_round', k: 'c1\u001f2', op: 'upsert', row: { contract_id: 'c1', seq: 2, text: '第一行\n第二行' } },
]

function refusal(fn: () => unknown): AppError {
  try {
    fn()
  } catch (err) {
    if (err instanceof AppError) return err
    throw err
  }
  throw new Error('expected a refusal')
}

describe('the payload codec (gzip NDJSON)', () => {
  it('round trip: rows come back as they went in, with counts per table', async () => {
    async function* source() {
      yield* rows
    }
    const encoded = await encodePayload(source())
    expect(encoded.counts).toEqual({ org: 1, member: 2, collective_contract_round: 1 })
    expect([...payloadRows(unzipPayload(encoded.bytes))]).toEqual(rows)
  })

  it('refuses a bad line by its number, and what is not gzip at all', () => {
    const lines = rows.map((r) => JSON.stringify(r))
    const bad = (at: number, text: string) => gzipSync(Buffer.from([...lines.slice(0, at), text, ...lines.slice(at)].join('\n')))
    const cases: Array<[Buffer, string]> = [
      [bad(2, '{"t":"member","k":"m3","op":"upsert"'), '第 3 行不是完整的 JSON'],
      [bad(1, '{"t":"member","k":"m3","op":"replace"}'), '第 2 行格式不正确'],
      [bad(3, '{"t":"bank_secret","k":"x","op":"delete"}'), '第 4 行的表「bank_secret」不在交换范围内'],
      [bad(0, '{"t":"member","k":"m3","op":"upsert","row":{"Bad Column":1}}'), '第 1 行格式不正确'],
    ]
    for (const [bytes, message] of cases) {
      const err = refusal(() => [...payloadRows(unzipPayload(bytes))])
      expect(err.code).toBe('EXCHANGE_PAYLOAD_CORRUPT')
      expect(err.message).toContain(message)
    }
    expect(refusal(() => unzipPayload(Buffer.from('not gzip'))).code).toBe('EXCHANGE_PAYLOAD_CORRUPT')
  })
})
