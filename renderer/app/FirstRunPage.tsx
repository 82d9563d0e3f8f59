import { Card } from 'antd'
import { useState } from 'react'
import { isFederationLevel, type UnionLevel } from '../../shared/contract/profile'
import { AdminAccountForm } from '../auth/LoginPage'
import { StartChoice, useStartWithDemo, type StartMode } from '../demo/StartChoice'
import { SetupPage } from '../profile/SetupPage'

/**
 * The first-run screen: the administrator's 用户名 and 密码 first (a database without accounts), then the office's
 * profile and whether to start empty or with demo data.
 */
export function FirstRunPage({ needsAccount = false }: { needsAccount?: boolean }) {
  const [start, setStart] = useState<StartMode>('empty')
  const [level, setLevel] = useState<UnionLevel>('乡镇总工会')
  const startWithDemo = useStartWithDemo()
  if (needsAccount) {
    return (
      <div style={{ minHeight: '100vh', display: 'flex', justifyContent: 'center', alignItems: 'flex-start', padding: '48px 16px', background: '#f5f5f5' }}>
        <Card style={{ width: 640 }}>
          <AdminAccountForm />
        </Card>
      </div>
    )
  }
  // A federation's register is what its offices send: it is not offered a demo register of its own.
  const federation = isFederationLevel(level)
  return (
    <SetupPage
      extra={federation ? null : <StartChoice value={start} onChange={setStart} />}
      onSaved={start === 'demo' && !federation ? startWithDemo : undefined}
      onLevelChange={setLevel}
    />
  )
}
