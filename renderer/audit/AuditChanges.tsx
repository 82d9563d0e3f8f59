import { Typography } from 'antd'
import type { AuditChangeView } from '../../shared/contract/audit'
import { copy } from './copy'

const shown = (v: unknown) => (v === null || v === undefined || v === '' ? copy.none : typeof v === 'string' ? v : JSON.stringify(v))

/** 「移动电话」138****8000 → 139****5678, one line per changed field; values arrive masked from core. */
export function AuditChanges({ changes }: { changes: readonly AuditChangeView[] }) {
  return (
    <>
      {changes.map((c) => (
        <div key={c.field}>
          <Typography.Text type="secondary">「{c.label}」</Typography.Text>
          {'before' in c ? <Typography.Text delete>{shown(c.before)}</Typography.Text> : null}
          {'before' in c ? ' → ' : null}
          <Typography.Text>{shown(c.after)}</Typography.Text>
        </div>
      ))}
    </>
  )
}
