import { readFile } from 'node:fs/promises'
import type { ReceiptImportResult } from '../../../../shared/contract/exchange'
import type { ParsedInput } from '../../../../shared/contract/index'
import { AppError } from '../../../../shared/errors'
import { receiptPayloadSchema, type ReceiptPayload } from '../../../../shared/exchange/receipt'
import type { WriteContext } from '../../context'
import { errnoOf } from '../atomic-write'
import { localIdentity } from '../identity'
import { keyCardFingerprint, type KeyCard } from '../key-card'
import { openPackage, type LocalIdentity } from '../package-format'
import { noUpstream } from './export'
import { summaryOf, upstreamCard } from './mappers'
import { baselineFor, getOutbound, getUpstream, markDelivered, sentToOtherCard } from './queries'

async function receiptBytes(input: ParsedInput<'exchange.importReceipt'>): Promise<Buffer> {
  if (input.upload) return Buffer.from(input.upload.contentBase64, 'base64')
  const path = input.file ?? ''
  try {
    return await readFile(path)
  } catch (err) {
    const why = errnoOf(err) === 'ENOENT' ? '文件不存在' : errnoOf(err) === 'EISDIR' ? '这是一个文件夹' : '无法读取'
    throw new AppError('FILE_UNREADABLE', `无法读取回执文件「${path}」：${why}`, { field: 'file' })
  }
}

const refused = (code: 'NOT_FOUND' | 'CONFLICT' | 'EXCHANGE_NOT_A_PACKAGE' | 'EXCHANGE_PAYLOAD_CORRUPT', message: string) => new AppError(code, `${message}，未导入`, { field: 'file' })

/** Verifies with the federation's card registered now; a receipt from a card replaced since is refused as such. */
async function openReceipt(ctx: WriteContext, bytes: Buffer, recipient: LocalIdentity, upstream: KeyCard) {
  try {
    return openPackage(bytes, { recipient, knownSenders: [upstream] })
  } catch (err) {
    if (err instanceof AppError && err.code === 'EXCHANGE_SENDER_UNKNOWN' && (await sentToOtherCard(ctx.trx, keyCardFingerprint(upstream)))) {
      throw new AppError(
        'EXCHANGE_SENDER_UNKNOWN',
        `回执不是由现在登记的上级密钥卡（${upstream.unionName}，指纹 ${keyCardFingerprint(upstream)}）签发的：上级总工会的密钥卡已更换，更换前的密钥卡签发的回执不再有效，请上级用新密钥重新出具回执，未导入`,
        { field: 'file' },
      )
    }
    throw err
  }
}

function parseReceiptPayload(payload: Buffer): ReceiptPayload {
  let json: unknown
  try {
    json = JSON.parse(payload.toString('utf8'))
  } catch {
    throw refused('EXCHANGE_PAYLOAD_CORRUPT', '回执内容不是完整的 JSON')
  }
  const parsed = receiptPayloadSchema.safeParse(json)
  if (!parsed.success) throw refused('EXCHANGE_PAYLOAD_CORRUPT', '回执内容格式不正确')
  return parsed.data
}

/**
 * A receipt 回执: verified against the federation's card, it names a package of ours by sequence and payload hash;
 * that package becomes 已送达 and, being acknowledged, the baseline the next incremental package builds on.
 */
export async function importReceipt(ctx: WriteContext, input: ParsedInput<'exchange.importReceipt'>): Promise<ReceiptImportResult> {
  const bytes = await receiptBytes(input)
  const upstreamRow = await getUpstream(ctx.trx)
  if (!upstreamRow) throw noUpstream()
  const upstream = upstreamCard(upstreamRow)
  const me = await localIdentity(ctx.core, ctx.trx, { create: false })
  const opened = await openReceipt(ctx, bytes, me, upstream)
  if (opened.manifest.kind !== 'receipt') throw refused('EXCHANGE_NOT_A_PACKAGE', `这不是回执，而是第${opened.manifest.sequence}号上报包`)
  const receipt = parseReceiptPayload(opened.payload)
  const sequence = receipt.packageSequence
  if (opened.manifest.sequence !== sequence) throw refused('EXCHANGE_PAYLOAD_CORRUPT', `回执清单中的序号（第${opened.manifest.sequence}号）与内容中的序号（第${sequence}号）不一致`)
  const sent = await getOutbound(ctx.trx, sequence)
  if (!sent) throw refused('NOT_FOUND', `本单位没有生成过第${sequence}号上报包（回执所确认的包不在本机的上报记录中）`)
  if (sent.payload_hash !== receipt.packagePayloadHash) throw refused('CONFLICT', `回执确认的第${sequence}号包与本机生成的第${sequence}号包内容不同`)
  if (sent.recipient_fingerprint !== keyCardFingerprint(upstream)) {
    throw refused('CONFLICT', `第${sequence}号包是发给更换前的上级密钥卡的，现在登记的上级不能为它出具回执`)
  }
  const alreadyDelivered = sent.state === 'delivered'
  if (!alreadyDelivered) await markDelivered(ctx.trx, sequence, ctx.now(), JSON.stringify(receipt))
  const baseline = await baselineFor(ctx.trx, sent.recipient_fingerprint)
  return { sequence, alreadyDelivered, receipt: summaryOf(receipt), baselineSequence: baseline?.sequence ?? 0 }
}
