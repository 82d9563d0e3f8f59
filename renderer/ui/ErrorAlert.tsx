import { Alert } from 'antd'

/** Shows a core error exactly as the core worded it. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null
  const message = error instanceof Error ? error.message : String(error)
  return <Alert type="error" showIcon title={message} style={{ marginBottom: 16 }} />
}
