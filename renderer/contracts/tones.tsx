import { CheckCircleFilled, ClockCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons'
import type { ReactNode } from 'react'
import type { StepTone } from '../../shared/contract/contracts'

/** antd colours for the tones the core decides. */
export const toneColor: Readonly<Record<StepTone, string>> = { green: 'green', amber: 'gold', red: 'red', grey: 'default' }
export const stepStatus: Readonly<Record<StepTone, 'finish' | 'process' | 'error' | 'wait'>> = { green: 'finish', amber: 'process', red: 'error', grey: 'wait' }
/** Step icons in the tone's own colour: the theme's primary colour is red, so a plain finished step would look failed. */
export const stepIcon: Readonly<Record<StepTone, ReactNode>> = {
  green: <CheckCircleFilled style={{ color: '#52c41a' }} />,
  amber: <ClockCircleFilled style={{ color: '#faad14' }} />,
  red: <CloseCircleFilled style={{ color: '#ff4d4f' }} />,
  grey: <MinusCircleOutlined style={{ color: '#bfbfbf' }} />,
}
