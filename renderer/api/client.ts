import { z } from 'zod'
import type { Input, MethodName, Result } from '../../shared/contract/index'
import { AppError, type ErrorCode } from '../../shared/errors'

declare global {
  interface Window {
    uniondesk?: { call(method: string, input: unknown): Promise<unknown> }
  }
}

const envelope = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
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

function pickTransport(): Transport {
  const bridge = window.uniondesk
  if (bridge) return (method, input) => bridge.call(method, input)
  const token = webToken()
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

const errorCodeOf = (code: string): ErrorCode => z.custom<ErrorCode>((v) => typeof v === 'string').parse(code)

/** The renderer's only way to reach the core. A refusal is thrown as the same AppError the core raised. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
  const reply = envelope.parse(await transport(method, input))
  if (!reply.ok) {
    const { code, message, field, row } = reply.error
    throw new AppError(errorCodeOf(code), message, { field, row })
  }
  // The core answered method M through its registry, whose type ties the result to Result<M>.
  return reply.result as Result<M>
}
