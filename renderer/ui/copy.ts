// zh-CN copy of the shared pieces in renderer/ui that several features use.
export const uiCopy = {
  /** Anything that is not a refusal worded by the core (lost connection, a browser error in English). */
  notDone: '操作没有完成：无法连接到程序核心，请重试',
  fileUnreadable: (name: string) => `无法读取「${name}」，请关闭正在使用它的程序后重试`,
  /** Title over a warning of a call that succeeded; the core's message below says what did not happen and what to do. */
  replyWarning: '已保存，但有一项未完成',
  /** Shown while a call has run past two seconds (a write waiting for another window or command, a large print). */
  slowCall: '正在处理，请稍候…',
  /** A stored scan: name, size and when it was added; the hash only in the tooltip, for checking a copy against it. */
  attachment: {
    checksum: '校验值（SHA-256）',
    addedAt: (when: string) => `${when} 上传`,
  },
  /** Closing a form the clerk has typed into (Esc, ✕, the mask, 取消). */
  unsaved: {
    title: '放弃未保存的内容？',
    content: '关闭后，这里填写的内容不会保存。',
    discard: '放弃',
    keep: '继续填写',
  },
  memberPicker: {
    placeholder: '输入姓名、身份证号或拼音首字母查找会员',
    notFound: '没有找到会员',
  },
} as const
