import { useState } from 'react'
import { useSearchParams } from 'react-router'
import type { z } from 'zod'

/**
 * A list's starting filter from its URL, as the workbench's links write it (issue 16): the query keys are the list
 * method's own filter fields, parsed with the contract's schema, so a stale or hand-edited URL yields no filter rather
 * than a wrong one. 'true'/'false' become booleans and whole numbers numbers, as the schema expects them.
 */
export function filterFromUrl<S extends z.ZodType>(params: URLSearchParams, schema: S): Partial<z.output<S>> {
  const raw: Record<string, string | number | boolean> = {}
  for (const [k, v] of params) raw[k] = v === 'true' ? true : v === 'false' ? false : /^\d{1,9}$/.test(v) ? Number(v) : v
  const parsed = schema.safeParse(raw)
  return parsed.success && typeof parsed.data === 'object' && parsed.data !== null ? parsed.data : {}
}

/** `filterFromUrl` read once, when the list page mounts; later changes are the page's own state. */
export function useUrlFilter<S extends z.ZodType>(schema: S): Partial<z.output<S>> {
  const [params] = useSearchParams()
  const [initial] = useState(() => filterFromUrl(params, schema))
  return initial
}
