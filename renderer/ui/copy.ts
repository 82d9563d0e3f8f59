// zh-CN copy of the shared pieces in renderer/ui that several features use.
export const uiCopy = {
  memberPicker: {
    placeholder: '输入姓名、身份证号或拼音首字母查找会员',
    notFound: '没有找到会员',
  },
} as const
