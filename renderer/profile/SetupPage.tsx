import { Card, Typography } from 'antd'
import { ProfileForm } from './ProfileForm'
import { copy } from './copy'

/** First run: the app is unusable without knowing whose office this is. */
export function SetupPage() {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', justifyContent: 'center', alignItems: 'flex-start', padding: '48px 16px', background: '#f5f5f5' }}>
      <Card style={{ width: 640 }}>
        <Typography.Title level={3}>{copy.setupTitle}</Typography.Title>
        <Typography.Paragraph type="secondary">{copy.setupIntro}</Typography.Paragraph>
        <ProfileForm initial={null} submitText={copy.setupSubmit} compact />
      </Card>
    </div>
  )
}
