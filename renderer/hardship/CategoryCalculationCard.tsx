import { Card, Descriptions, Tag, Typography } from 'antd'
import type { CategoryCalculation } from '../../shared/hardship/types'
import { yuan } from '../ui/money'
import { copy } from './copy'

const categoryColor = { 深度困难: 'red', 相对困难: 'orange' } as const

/** The core's calculation, step by step, as the clerk and the reviewer need to see it. */
export function CategoryCalculationCard({ calculation, loading }: { calculation: CategoryCalculation | undefined; loading?: boolean }) {
  return (
    <Card title={copy.calcTitle} size="small" loading={loading} data-testid="category-calculation">
      {calculation ? (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'm', label: copy.perCapita, children: `${yuan(calculation.perCapitaMonthlyFen)} ${copy.perPersonMonth}` },
              { key: 'l', label: copy.dibaoLine, children: `${yuan(calculation.dibaoLineFen)} ${copy.perPersonMonth}` },
              {
                key: 's',
                label: copy.suggested,
                children: calculation.suggested ? (
                  <Tag color={categoryColor[calculation.suggested]}>{calculation.suggested}</Tag>
                ) : (
                  <Typography.Text type="secondary">{copy.notEligible}</Typography.Text>
                ),
              },
            ]}
          />
          <ol style={{ paddingLeft: 20, margin: 0 }}>
            {calculation.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </>
      ) : (
        <Typography.Text type="secondary">{copy.calcHint}</Typography.Text>
      )}
    </Card>
  )
}
