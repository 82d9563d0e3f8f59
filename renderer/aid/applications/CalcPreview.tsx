import { Alert, Card, Statistic, Tag, Typography } from 'antd'
import type { AidCalculation } from '../../../shared/aid/evaluate'
import { isAppError } from '../../../shared/errors'
import { errorText } from '../../ui/error-text'
import { copy } from '../copy'
import { yuanSymbol } from '../../ui/money'

interface Props {
  calc: AidCalculation | undefined
  error: unknown
  loading: boolean
}

/** The core's verdict for what is typed so far: amount, 大写金额, each step and, when refused, every reason. */
export function CalcPreview({ calc, error, loading }: Props) {
  const c = copy.calc
  return (
    <Card title={c.title} size="small" loading={loading && !calc} data-testid="calc-preview">
      {/* An incomplete form is answered with the core's own hint (「伤残等级」不能为空), not as a failure. */}
      {error ? <Alert type={isAppError(error) && error.code === 'INVALID_INPUT' ? 'info' : 'error'} showIcon title={errorText(error)} style={{ marginBottom: 12 }} /> : null}
      {calc && !error ? (
        <>
          <Tag color={calc.eligible ? 'green' : 'red'}>{calc.eligible ? c.eligible : c.notEligible}</Tag>
          <Statistic title={c.amount} value={yuanSymbol(calc.amountFen)} styles={{ content: { color: '#a8071a' } }} />
          <Typography.Paragraph>
            {c.upper}：<Typography.Text strong data-testid="amount-words">{calc.amountWords}</Typography.Text>
          </Typography.Paragraph>
          {calc.reasons.length > 0 ? (
            <Alert
              type="error"
              title={c.reasons}
              description={
                <ul style={{ paddingLeft: 20, margin: 0 }}>
                  {calc.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              }
              style={{ marginBottom: 12 }}
            />
          ) : null}
          <Typography.Text type="secondary">{c.breakdown}</Typography.Text>
          <ol style={{ paddingLeft: 20, marginTop: 4 }}>
            {calc.breakdown.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </>
      ) : null}
      {!calc && !error ? <Typography.Text type="secondary">{c.waiting}</Typography.Text> : null}
    </Card>
  )
}
