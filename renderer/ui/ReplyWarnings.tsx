import { App } from 'antd'
import { useEffect } from 'react'
import { onReplyWarnings } from '../api/client'
import { uiCopy } from './copy'

/** Shows every warning a successful call brings back, until the clerk closes it: each says what to do next. */
export function ReplyWarnings() {
  const { notification } = App.useApp()
  useEffect(
    () =>
      onReplyWarnings((warnings) => {
        for (const w of warnings) notification.warning({ title: uiCopy.replyWarning, description: w.message, duration: 0 })
      }),
    [notification],
  )
  return null
}
