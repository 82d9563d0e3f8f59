import { Progress, Typography } from 'antd'
import type { AidBudget } from '../../../shared/aid/types'
import { copy } from '../copy'
import { yuan } from '../../ui/money'

const share = (part: number, whole: number) => (whole > 0 ? Math.min(100, (part / whole) * 100) : 0)

/** Allocated / committed / paid from the core's budget figures; green is paid, red is paid plus committed. */
export function BudgetBar({ budget }: { budget: AidBudget }) {
  const b = copy.budget
  return (
    <div style={{ minWidth: 280 }}>
      <Progress
        percent={share(budget.committedFen + budget.paidFen, budget.allocatedFen)}
        success={{ percent: share(budget.paidFen, budget.allocatedFen) }}
        showInfo={false}
        size="small"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {b.allocated} {yuan(budget.allocatedFen)} · {b.committed} {yuan(budget.committedFen)} · {b.paid} {yuan(budget.paidFen)} · {b.remaining}{' '}
        {yuan(budget.remainingFen)}
      </Typography.Text>
    </div>
  )
}
