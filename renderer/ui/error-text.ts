import { isAppError } from '../../shared/errors'
import { uiCopy } from './copy'

/**
 * What the clerk reads for a failure: the core's own Chinese wording for an AppError; anything else (a fetch
 * TypeError, a browser message in English) becomes `fallback`.
 */
export function errorText(error: unknown, fallback: string = uiCopy.notDone): string {
  return isAppError(error) ? error.message : fallback
}
