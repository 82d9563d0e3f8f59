import { Button, Typography } from 'antd'
import type { Figure } from '../../shared/contract/reports'
import { figureText } from '../../shared/reports/annual-layout'
import { copy } from './copy'

/**
 * One figure as a link to the records it counts; a figure that cannot be computed shows why, never a 0. The value
 * text is the same as the printed return's.
 */
export function FigureValue({ figure, value, reason, onOpen }: { figure: Figure; value: number | null; reason: string | null; onOpen?: () => void }) {
  if (value === null)
    return (
      <Typography.Text type="warning" style={{ fontSize: 12 }}>
        {copy.notComputed}
        {reason ? `：${reason}` : ''}
      </Typography.Text>
    )
  const text = figureText(figure, value)
  if (!figure.drillable || !onOpen) return <span>{text}</span>
  return (
    <Button type="link" size="small" style={{ padding: 0, height: 'auto', color: 'inherit', textDecoration: 'underline dotted' }} title={copy.openRecords(figure.label)} onClick={onOpen}>
      {text}
    </Button>
  )
}
