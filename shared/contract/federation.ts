import { z } from 'zod'
import { optionalText, recordId } from './fields'
import { filePayload, returns, type ContractSection, type GeneratedFile } from './types'

/**
 * The federation's side of the USB exchange (issue 15): registering the key cards of the offices below it, importing
 * their packages into the merged register (one transaction, a signed 回执 written after it commits), and resolving the
 * 冲突清单. Lists and statistics over what was merged are in shared/contract/federation-views.ts.
 */

export interface RegisteredOffice {
  officeId: string
  unionName: string
  creditCode: string | null
  level: string
  /** 8 groups of 5 digits, read out over the phone to check the card. */
  fingerprint: string
  /** The card replaced an earlier one of the same credit code: that office's next package must be a full one. */
  replaced: boolean
  /** The card was already registered as it is: nothing changed. */
  alreadyRegistered: boolean
  lastSequence: number
}

/** A cross-office conflict the import found (ID numbers masked). */
export interface ImportConflict {
  id: string
  idNumber: string
  /** The importing office's member and the other office holding the same ID number 在会/保留. */
  memberId: string
  memberName: string
  otherOffice: string
  otherMemberId: string
}

export interface ImportOutcome {
  accepted: true
  /** The package had been imported before: nothing changed, a receipt was written again. */
  replayed: boolean
  /** The sending office's name as registered. */
  sender: string
  senderFingerprint: string
  sequence: number
  kind: 'full' | 'incremental'
  inserted: number
  updated: number
  deleted: number
  conflicts: ImportConflict[]
  /** Where the signed 回执 was written (a path; for an uploaded package without a folder, its file name). */
  receipt: string
  /** An uploaded package's receipt, offered as a download (web mode) when no folder was given. */
  receiptFile?: GeneratedFile
  /** One line for the clerk: 已合并… / 第n号包已导入过，未作改动. */
  message: string
  /** The office's audit trail is shorter than, or differs from, what an earlier package vouched for. */
  auditWarning?: string
}

export interface ResolvedConflict {
  id: string
  state: 'kept_one' | 'kept_both'
  keptOfficeId: string | null
}

export const federationLabels = {
  card: '密钥卡',
  replace: '替换同一信用代码的已登记单位',
  path: '交换包文件',
  file: '交换包文件',
  receiptDir: '回执保存位置',
  id: '冲突',
  resolution: '处理方式',
  keptOfficeId: '保留的单位',
  note: '说明',
} as const

const packageSource = z
  .object({
    /** A package on disk (CLI, desktop). */
    path: z.string().trim().min(1).max(4096).optional(),
    /** An uploaded package (web mode). */
    file: filePayload.optional(),
    /** The folder the 回执 goes to; default: beside the package (a path) or a download (an upload). */
    receiptDir: z.string().trim().min(1).max(4096).optional(),
  })
  .refine((v) => (v.path === undefined) !== (v.file === undefined), { error: '请给出一个交换包文件（路径或上传文件，二者选一）', path: ['path'] })

const resolution = z
  .object({
    id: recordId,
    resolution: z.enum(['keep_one', 'keep_both']),
    keptOfficeId: recordId.optional(),
    note: optionalText(500),
  })
  .refine((v) => v.resolution !== 'keep_one' || v.keptOfficeId !== undefined, { error: '保留一方时须选择保留哪个单位的会籍', path: ['keptOfficeId'] })
  .refine((v) => v.resolution !== 'keep_both' || (v.note ?? '') !== '', { error: '两方都保留时须写明说明', path: ['note'] })

export const federationContract = {
  /** Registers an office's key card (admin). A card with a registered credit code replaces that office's only with `replace`. */
  'federation.registerOffice': {
    input: z.object({ card: z.string().min(2).max(20_000), replace: z.boolean().default(false) }),
    labels: federationLabels,
    result: returns<RegisteredOffice>(),
    permission: 'system.admin',
    writes: true,
  },
  /** Verifies, checks the sequence and merges one package in one transaction; the 回执 is written after the commit. */
  'federation.importPackage': {
    input: packageSource,
    labels: federationLabels,
    result: returns<ImportOutcome>(),
    permission: 'members.write',
    writes: true,
  },
  /** 冲突处理: keep one office's membership (the other is left out of the federation's figures) or both, with a note. */
  'federation.resolveConflict': {
    input: resolution,
    labels: federationLabels,
    result: returns<ResolvedConflict>(),
    permission: 'system.admin',
    writes: true,
  },
} satisfies ContractSection<'federation'>
