import { Result, Spin } from 'antd'
import type { ReactNode } from 'react'
import { errorText } from '../ui/error-text'
import { useSession } from './api'
import { LockScreen, LoginPage } from './LoginPage'

/**
 * Shows the app only to a signed-in, unlocked session. What each role may do is decided by core on every call; this
 * only decides which screen comes first.
 */
export function AuthGate({ firstRun, children }: { firstRun: ReactNode; children: ReactNode }) {
  const session = useSession()
  if (session.isPending) return <Spin size="large" fullscreen />
  if (session.error) return <Result status="error" title="无法连接数据" subTitle={errorText(session.error)} />
  const s = session.data
  if (s.firstRun) return firstRun
  if (!s.user) return <LoginPage />
  if (s.locked) return <LockScreen name={s.user.name} minutes={s.idleLockMinutes} />
  return children
}
