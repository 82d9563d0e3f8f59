import { Tag } from 'antd'
import { memberStatusLabels, type MemberStatus } from '../../shared/members/fields'

const colors: Record<MemberStatus, string> = {
  active: 'green',
  retained: 'gold',
  transferred_out: 'blue',
  expelled: 'red',
  withdrawn: 'default',
}

export function MemberStatusTag({ status }: { status: MemberStatus }) {
  return <Tag color={colors[status]}>{memberStatusLabels[status]}</Tag>
}
