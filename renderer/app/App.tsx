import { Result, Spin } from 'antd'
import { AuthGate } from '../auth/AuthGate'
import { useProfile } from '../profile/api'
import { errorText } from '../ui/error-text'
import { FirstRunPage } from './FirstRunPage'
import { AppLayout } from './AppLayout'
import { PrintProvider } from './print-provider'

/** Nothing of the app (not even the office's name) is asked for before a login. */
export function App() {
  return (
    <AuthGate firstRun={<FirstRunPage needsAccount />}>
      <SignedInApp />
    </AuthGate>
  )
}

function SignedInApp() {
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
