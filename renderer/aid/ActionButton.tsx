import { Button, Tooltip, type ButtonProps } from 'antd'
import type { Allowed } from '../../shared/aid/types'

/** A button the core would refuse now is disabled and says why, in the core's words; the core still checks. */
export function ActionButton({ allowed, ...props }: ButtonProps & { allowed: Allowed }) {
  const button = <Button {...props} disabled={!allowed.allowed || props.disabled} />
  if (allowed.allowed || !allowed.reason) return button
  return (
    <Tooltip title={allowed.reason}>
      {/* A disabled button swallows pointer events; the span lets the tooltip show. */}
      <span style={{ display: 'inline-block', cursor: 'not-allowed' }}>{button}</span>
    </Tooltip>
  )
}
