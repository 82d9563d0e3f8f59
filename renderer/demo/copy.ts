export const copy = {
  startLabel: '开始方式',
  empty: '从空白开始',
  emptyHint: '之后可以逐个登记会员，或导入已有的 Excel 名册',
  demo: '载入示例数据',
  demoHint: '填入虚构的工会、企业和约 2000 名会员，便于先试用；请勿与真实数据混用',
  loading: '正在载入示例数据…',
  loaded: (orgs: number, members: number) => `已载入示例数据：${orgs} 家工会，${members.toLocaleString('zh-CN')} 名会员`,
  failed: (reason: string) => `示例数据未能载入：${reason}`,
} as const
