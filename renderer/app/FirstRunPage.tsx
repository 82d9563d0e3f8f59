import { useState } from 'react'
import { StartChoice, useStartWithDemo, type StartMode } from '../demo/StartChoice'
import { SetupPage } from '../profile/SetupPage'

/** The first-run screen: the office's profile, and whether to start empty or with demo data. */
export function FirstRunPage() {
  const [start, setStart] = useState<StartMode>('empty')
  const startWithDemo = useStartWithDemo()
  return <SetupPage extra={<StartChoice value={start} onChange={setStart} />} onSaved={start === 'demo' ? startWithDemo : undefined} />
}
