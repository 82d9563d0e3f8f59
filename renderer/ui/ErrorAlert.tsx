import { Alert } from 'antd'
import { errorText } from './error-text'

/**
 * Shows a core error exactly as the core worded it. Any other failure is shown as `fallback` (a Chinese sentence
 * from renderer/ui copy unless the caller gives its own), never as a browser message in English.
 */
export function ErrorAlert({ error, fallback }: { error: unknown; fallback?: string }) {
  if (!error) return null
  return <Alert type="error" showIcon title={errorText(error, fallback)} style={{ marginBottom: 16 }} />
}
