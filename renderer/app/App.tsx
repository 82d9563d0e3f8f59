import { Result, Spin } from 'antd'
import { useProfile } from '../profile/api'
import { errorText } from '../ui/error-text'
import { FirstRunPage } from './FirstRunPage'
import { AppLayout } from './AppLayout'
import { PrintProvider } from './print-provider'

export function App() {
  const profile = useProfile()
  if (profile.isPending) return <Spin size="large" fullscreen />
  if (profile.error) return <Result status="error" title="无法连接数据" subTitle={errorText(profile.error)} />
  return profile.data ? (
    <PrintProvider>
      <AppLayout profile={profile.data} />
    </PrintProvider>
  ) : (
    <FirstRunPage />
  )
}
