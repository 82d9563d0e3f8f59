import { App } from 'antd'
import { useEffect } from 'react'
import { onSlowCalls } from '../api/client'
import { uiCopy } from './copy'

const key = 'slow-call'

/** One quiet line at the top while any call runs past two seconds; it goes when the last of them ends. */
export function SlowCallHint() {
  const { message } = App.useApp()
  useEffect(
    () =>
      onSlowCalls((pending) => {
        if (pending > 0) void message.open({ key, type: 'loading', content: uiCopy.slowCall, duration: 0 })
        else message.destroy(key)
      }),
    [message],
  )
  return null
}
