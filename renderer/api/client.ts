import { z } from 'zod'
import type { Input, MethodName, Result } from '../../shared/contract/index'
import type { GeneratedFile } from '../../shared/contract/types'
import { AppError, type ErrorCode } from '../../shared/errors'

declare global {
  interface Window {
    uniondesk?: { call(method: string, input: unknown): Promise<unknown> }
  }
}

const envelope = z.union([
  z.object({
    ok: z.literal(true),
    result: z.unknown(),
    warnings: z.array(z.object({ code: z.string(), message: z.string() })).optional(),
  }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string(), field: z.string().optional(), row: z.number().optional() }),
  }),
])

type Transport = (method: string, input: unknown) => Promise<unknown>

/** Web mode: the launch URL carries the token once; it is kept for this tab only and removed from the address bar. */
function webToken(): string {
  const params = new URLSearchParams(window.location.search)
  const fromUrl = params.get('token')
  if (fromUrl) {
    sessionStorage.setItem('uniondesk.token', fromUrl)
    params.delete('token')
    const query = params.toString()
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`)
  }
  return sessionStorage.getItem('uniondesk.token') ?? ''
}

const bridge = window.uniondesk
const token = bridge ? '' : webToken()

function pickTransport(): Transport {
  if (bridge) return (method, input) => bridge.call(method, input)
  return async (method, input) => {
    const res = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    })
    return res.json()
  }
}

const transport = pickTransport()

/**
 * Where the browser downloads a file a call generated: the desktop app's file scheme, or web mode's /files route with
 * the token in the query (a download link cannot send a header).
 */
export function generatedFileUrl(file: GeneratedFile): string {
  const ref = encodeURIComponent(file.ref)
  return bridge ? `uniondesk-file://outbox/${ref}` : `files/${ref}?token=${encodeURIComponent(token)}`
}

const errorCodeOf = (code: string): ErrorCode => z.custom<ErrorCode>((v) => typeof v === 'string').parse(code)

/** A call that succeeded but left the clerk something to do (a scan saved as a row but not as a file). */
export interface ReplyWarning {
  code: string
  message: string
}

const warningListeners = new Set<(warnings: ReplyWarning[]) => void>()

/** Where the app shows warnings (renderer/ui/ReplyWarnings.tsx); returns the unsubscribe function. */
export function onReplyWarnings(listener: (warnings: ReplyWarning[]) => void): () => void {
  warningListeners.add(listener)
  return () => void warningListeners.delete(listener)
}

/**
 * How long a call may run before the clerk is told it is still going: a write that meets another window's or command's
 * write waits for it (the core cannot tell that wait from work, so the hint does not guess which it is), a large print
 * takes seconds. Shorter calls pass without a flicker.
 */
export const slowCallMs = 2000

const slowListeners = new Set<(pending: number) => void>()
let slowPending = 0

function setSlowPending(n: number): void {
  slowPending = n
  for (const listener of slowListeners) listener(n)
}

/** Where the app shows that calls are still running (renderer/ui/SlowCallHint.tsx): told the count of calls past slowCallMs. */
export function onSlowCalls(listener: (pending: number) => void): () => void {
  slowListeners.add(listener)
  return () => void slowListeners.delete(listener)
}

async function watched<T>(pending: Promise<T>): Promise<T> {
  let late = false
  const timer = setTimeout(() => {
    late = true
    setSlowPending(slowPending + 1)
  }, slowCallMs)
  try {
    return await pending
  } finally {
    clearTimeout(timer)
    if (late) setSlowPending(slowPending - 1)
  }
}

/**
 * The renderer's only way to reach the core. A refusal is thrown as the same AppError the core raised; warnings of a
 * call that succeeded go to every listener, since the result itself is all the calling hook expects.
 */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
  const reply = envelope.parse(await watched(transport(method, input)))
  if (!reply.ok) {
    const { code, message, field, row } = reply.error
    throw new AppError(errorCodeOf(code), message, { field, row })
  }
  if (reply.warnings && reply.warnings.length > 0) for (const listener of warningListeners) listener(reply.warnings)
  // The core answered method M through its registry, whose type ties the result to Result<M>.
  return reply.result as Result<M>
}
