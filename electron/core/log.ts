import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

export interface Logger {
  error(ref: string, err: unknown, context: Record<string, unknown>): void
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ''}` : String(err)
}

/** Internal errors go here with their reference number; the user sees only the number. */
export function fileLogger(dir: string): Logger {
  return {
    error(ref, err, context) {
      mkdirSync(dir, { recursive: true })
      const line = `${new Date().toISOString()} [${ref}] ${JSON.stringify(context)}\n${describe(err)}\n`
      appendFileSync(join(dir, 'uniondesk.log'), line, 'utf8')
    },
  }
}

export function memoryLogger(): Logger & { entries: string[] } {
  const entries: string[] = []
  return { entries, error: (ref, err, context) => entries.push(`[${ref}] ${JSON.stringify(context)} ${describe(err)}`) }
}
