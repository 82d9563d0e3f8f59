import { Card, Typography } from 'antd'
import type { ReactNode } from 'react'
import type { UnionLevel } from '../../shared/contract/profile'
import { ProfileForm } from './ProfileForm'
import { copy } from './copy'

interface Props {
  /** Choices another feature adds to the first-run screen (composed in renderer/app). */
  extra?: ReactNode
  onSaved?: () => void
  onLevelChange?: (level: UnionLevel) => void
}

/** First run: the app is unusable without knowing whose office this is. */
export function SetupPage({ extra, onSaved, onLevelChange }: Props) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', justifyContent: 'center', alignItems: 'flex-start', padding: '48px 16px', background: '#f5f5f5' }}>
      <Card style={{ width: 640 }}>
        <Typography.Title level={3}>{copy.setupTitle}</Typography.Title>
        <Typography.Paragraph type="secondary">{copy.setupIntro}</Typography.Paragraph>
        {extra}
        <ProfileForm initial={null} submitText={copy.setupSubmit} compact onSaved={onSaved} onLevelChange={onLevelChange} />
      </Card>
    </div>
  )
}
