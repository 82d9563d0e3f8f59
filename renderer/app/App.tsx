import { Result, Spin } from 'antd'
import { useProfile } from '../profile/api'
import { SetupPage } from '../profile/SetupPage'
import { AppLayout } from './AppLayout'

export function App() {
  const profile = useProfile()
  if (profile.isPending) return <Spin size="large" fullscreen />
  if (profile.error) return <Result status="error" title="无法连接数据" subTitle={profile.error.message} />
  return profile.data ? <AppLayout profile={profile.data} /> : <SetupPage />
}
