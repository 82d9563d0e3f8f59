import { App, Card, Typography } from 'antd'
import dayjs from 'dayjs'
import { useProfile } from './api'
import { ProfileForm } from './ProfileForm'
import { copy } from './copy'

export function SettingsPage() {
  const profile = useProfile()
  const { message } = App.useApp()
  if (!profile.data) return null
  return (
    <Card title={copy.settingsTitle}>
      <ProfileForm initial={profile.data} submitText={copy.settingsSubmit} onSaved={() => void message.success(copy.saved)} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {copy.updatedAt}：{dayjs(profile.data.updatedAt).format('YYYY年M月D日 HH:mm')}
      </Typography.Paragraph>
    </Card>
  )
}
