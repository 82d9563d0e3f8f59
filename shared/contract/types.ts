import { z } from 'zod'

/** Type-only marker for a method's result; it carries no runtime value. */
export interface Returns<T> {
  readonly __result?: T
}
export function returns<T>(): Returns<T> {
  return {}
}

/**
 * What a role may do (electron/core/access.ts gives each role its set). 'session.open' is held by every caller,
 * signed in or not (login, the session's own state); 'accounts.recover' only by the recovery caller.
 */
export type Permission =
  | 'session.open'
  | 'accounts.recover'
  | 'profile.read'
  | 'profile.write'
  | 'members.read'
  | 'members.write'
  | 'members.unmask'
  | 'aid.read'
  | 'aid.write'
  | 'aid.approve'
  | 'print.run'
  | 'mediation.read'
  | 'mediation.write'
  | 'congress.read'
  | 'congress.write'
  | 'system.admin'
  | 'audit.read'

export interface MethodSpec {
  input: z.ZodType
  /** Chinese field labels, used in every error message that names a field. */
  labels: Readonly<Record<string, string>>
  result: Returns<unknown>
  permission: Permission
  /**
   * A write runs in one transaction with its audit row; so does a read that reveals unmasked personal data.
   * 'unlessDryRun': the input's `dryRun: true` makes the call a read (no write lock, no audit row), as a check-only
   * import is.
   */
  writes: boolean | 'unlessDryRun'
  /** Input fields that are never stored or logged anywhere, not even masked (passwords). */
  secret?: readonly string[]
  /**
   * Issue 14: the record a write changes, as a read method shows it: `read` is asked with `{ id: input[id] }` (a new
   * record: the id in the result) before and after the call, so the audit row holds each changed field before and after
   * (masked by shared/contract/personal-fields.ts). Without it the row holds the fields the input gave.
   */
  auditRecord?: { read: string; id: string }
}

export type ContractSection<P extends string> = { [K in `${P}.${string}`]: MethodSpec }

/**
 * A file crossing the API: uploads from the renderer (web mode has no file paths) and generated files going back
 * (exports, reports, PDFs). The CLI reads and writes them on disk; the renderer uploads and downloads them.
 */
export const filePayload = z.object({
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z.string().min(1),
})
export type FilePayload = z.infer<typeof filePayload>

/**
 * A file the core generated (an export, a transfer sheet, an error report), written to its outbox on disk. Only this
 * reference crosses the API, never the content, so a file of any size costs no memory in any process; each transport
 * delivers it once (the CLI moves it to --out, web mode serves GET /files/<ref>, the desktop app downloads it).
 */
export interface GeneratedFile {
  /** Random and unguessable: it is the only key to the file. */
  ref: string
  fileName: string
  bytes: number
  /** Data rows written, header not counted, where the file is a table. */
  rows?: number
}
