import { Popover, Tag } from 'antd'
import type { CheckResult } from '../../shared/congress/types'
import { copy } from './copy'

/** One red/green cell of the 六对标 table; a click shows the reason the core gave (why it failed, or what was checked). */
export function CheckCell({ check }: { check: CheckResult }) {
  return (
    <Popover trigger="click" title={`${check.name}：${check.pass ? copy.basis : copy.why}`} content={<div style={{ maxWidth: 360 }}>{check.reason}</div>}>
      <Tag color={check.pass ? 'green' : 'red'} style={{ cursor: 'pointer', margin: 0 }} role="button" aria-label={`${check.name}${check.pass ? copy.pass : copy.fail}`}>
        {check.pass ? copy.pass : copy.fail}
      </Tag>
    </Popover>
  )
}
