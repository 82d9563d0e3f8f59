import { z } from 'zod'
import type { UnionLevel } from './profile'
import { filePayload, returns, type ContractSection, type GeneratedFile } from './types'
import type { ReceiptPayload } from '../exchange/receipt'

/**
 * The office's side of the USB exchange with its federation (issue 15, /work/team/exchange-design.md): its own keys and
 * key card, the federation's card (上级密钥卡), signed and encrypted packages (上报包) to a folder or USB stick, and the
 * federation's receipts (回执) that mark a package delivered and move the baseline of the next incremental package.
 */

/** A key card as the screen shows it; the fingerprint is 8 groups of 5 digits, read out over the phone. */
export interface KeyCardView {
  unionName: string
  creditCode: string | null
  level: UnionLevel
  fingerprint: string
  createdAt: string
}

export interface UpstreamView extends KeyCardView {
  /** When and by whom it was imported here. */
  setAt: string
  setBy: string
}

export type PackageKind = 'full' | 'incremental'

/** A package this office generated; 已送达 once the federation's receipt has been imported. */
export interface OutboundPackage {
  sequence: number
  kind: PackageKind
  /** The acknowledged package it builds on; 0 for a full package. */
  baseSequence: number
  fileName: string
  bytes: number
  /** Rows (upserts and deletes) per carried table, by table name. */
  counts: Record<string, number>
  createdAt: string
  createdBy: string
  state: 'generated' | 'delivered'
  deliveredAt: string | null
  /** To a federation card other than the one registered now (the card was changed since). */
  toEarlierCard: boolean
  /** What the receipt said, once there is one. */
  receipt: ReceiptSummary | null
}

/** A receipt's payload without what identifies the package it acknowledges. */
export type ReceiptSummary = Omit<ReceiptPayload, 'packageSequence' | 'packagePayloadHash'>

export interface ExchangeOverview {
  /** This database is a federation (县（区）总工会/市总工会): the office's 上报 page does not apply. */
  isFederation: boolean
  /** Null until keys are made (exchange.initKeys). */
  ownCard: KeyCardView | null
  /** Why there is no own card (keys not made yet, or the key file is damaged), in the core's words. */
  keyProblem: string | null
  upstream: UpstreamView | null
  /** The last package the federation acknowledged (to the card registered now): incremental packages build on it. */
  baseline: { sequence: number; deliveredAt: string } | null
  /** What 生成上报包 makes without 「全量」: full when there is no baseline yet. */
  nextKind: PackageKind
  /** Records changed since the baseline (or in the whole register, for a full package): the size of the next package. */
  pendingRecords: number
  /** Where packages go unless the clerk chooses a folder: 上报包 in the data folder. */
  defaultFolder: string
  /** Newest first. */
  packages: OutboundPackage[]
}

export interface KeyCardFile {
  card: KeyCardView
  /** What to save as the card file (JSON). */
  fileName: string
  text: string
}

export interface ExportResult {
  /** Where the package was written. */
  file: string
  fileName: string
  sequence: number
  kind: PackageKind
  baseSequence: number
  counts: Record<string, number>
  bytes: number
  /** Web mode: the same package offered as a download (asked with `download: true`). */
  download?: GeneratedFile
}

export interface ReceiptImportResult {
  sequence: number
  /** Already marked delivered by an earlier import of this receipt: nothing changed. */
  alreadyDelivered: boolean
  receipt: ReceiptSummary
  /** The baseline now: the next incremental package builds on this sequence. */
  baselineSequence: number
}

// Absolute only (/…, C:\…, \\server\…): a relative path would land wherever the server or app process happens to run.
const absolutePath = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: '应为完整路径（如 /media/U盘 或 E:\\上报）' })

export const exchangeLabels = {
  card: '密钥卡',
  out: '保存位置',
  full: '全量',
  download: '同时下载',
  file: '回执文件',
  upload: '回执文件',
} as const

export const exchangeContract = {
  'exchange.overview': {
    input: z.object({}),
    labels: {},
    result: returns<ExchangeOverview>(),
    permission: 'members.read',
    writes: false,
  },
  /** Makes this office's signing and encryption keys (once; an existing key file is kept) and answers its card. */
  'exchange.initKeys': {
    input: z.object({}),
    labels: {},
    result: returns<KeyCardFile>(),
    permission: 'system.admin',
    writes: true,
  },
  /** This office's key card, to hand to the federation. */
  'exchange.keyCard': {
    input: z.object({}),
    labels: {},
    result: returns<KeyCardFile>(),
    permission: 'members.read',
    writes: false,
  },
  /** Imports the federation's card (its text); replacing an earlier one makes the next package full. */
  'exchange.setUpstream': {
    input: z.object({ card: z.string().min(1).max(20_000) }),
    labels: exchangeLabels,
    result: returns<UpstreamView & { replaced: string | null }>(),
    permission: 'system.admin',
    writes: true,
  },
  /** Writes the next package to `out` (a folder, or a file ending .udx) and records it, in one transaction. */
  'exchange.export': {
    input: z.object({ out: absolutePath, full: z.boolean().default(false), download: z.boolean().default(false) }),
    labels: exchangeLabels,
    result: returns<ExportResult>(),
    permission: 'members.write',
    writes: true,
  },
  /** A receipt (回执) from the federation: a file on this machine (CLI) or an upload (screen). */
  'exchange.importReceipt': {
    input: z
      .object({ file: absolutePath.optional(), upload: filePayload.optional() })
      .refine((v) => (v.file === undefined) !== (v.upload === undefined), { error: '应给出回执文件的路径或上传的文件（二者选一）', path: ['file'] }),
    labels: exchangeLabels,
    result: returns<ReceiptImportResult>(),
    permission: 'members.write',
    writes: true,
  },
} satisfies ContractSection<'exchange'>
