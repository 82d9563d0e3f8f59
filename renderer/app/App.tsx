import { Result, Spin } from 'antd'
import { useProfile } from '../profile/api'
import { FirstRunPage } from './FirstRunPage'
import { AppLayout } from './AppLayout'
import { PrintProvider } from './print-provider'

export function App() {
  const profile = useProfile()
  if (profile.isPending) return <Spin size="large" fullscreen />
  if (profile.error) return <Result status="error" title="无法连接数据" subTitle={profile.error.message} />
  return profile.data ? (
    <PrintProvider>
      <AppLayout profile={profile.data} />
    </PrintProvider>
  ) : (
    <FirstRunPage />
  )
}
