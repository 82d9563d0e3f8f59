import { useQueryClient } from '@tanstack/react-query'
import { Result, Spin } from 'antd'
import { useEffect, useState } from 'react'
import { useLocation } from 'react-router'
import { AuthGate } from '../auth/AuthGate'
import { useProfile } from '../profile/api'
import { prefetchWorkbench } from '../workbench/api'
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
  const client = useQueryClient()
  // The workbench (an office's home page) is asked for alongside the profile, not after it (issue 16: first paint).
  const { pathname } = useLocation()
  const [opensOnWorkbench] = useState(() => pathname === '/workbench' || pathname === '/')
  useEffect(() => {
    if (opensOnWorkbench) prefetchWorkbench(client)
  }, [client, opensOnWorkbench])
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
