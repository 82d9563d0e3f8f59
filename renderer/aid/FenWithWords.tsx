import { Typography } from 'antd'
import { upper, yuanSymbol } from '../ui/money'

/** ¥15,000.00 with 壹万伍仟元整 beside it, as vouchers show money. */
export function FenWithWords({ value }: { value: number }) {
  return (
    <span>
      <Typography.Text strong>{yuanSymbol(value)}</Typography.Text>
      <Typography.Text type="secondary">（{upper(value)}）</Typography.Text>
    </span>
  )
}
