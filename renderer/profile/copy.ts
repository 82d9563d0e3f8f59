import { profileLabels } from '../../shared/contract/profile'

export const copy = {
  setupTitle: '欢迎使用基层工会工作台',
  setupIntro: '首次使用，请先填写本单位信息。以后可在“本单位信息”中修改。',
  setupSubmit: '开始使用',
  settingsTitle: '本单位信息',
  settingsSubmit: '保存',
  saved: '已保存本单位信息',
  labels: profileLabels,
  placeholders: {
    name: '例如：某某镇总工会',
    creditCode: '18 位，例如 81469023MA5TG1K26T（可暂不填写）',
    parentName: '例如：某某县总工会',
    contactPhone: '手机或座机',
  },
  updatedAt: '最后修改',
  levelGroups: { office: '上报单位（乡镇、街道及以下）', federation: '汇总单位（接收下级上报）' },
} as const
