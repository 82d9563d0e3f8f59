/** Every zh-CN string of the provincial export card (省级模板导出, issue 15). */
export const provincialCopy = {
  title: '导出省级会员信息采集表',
  intro: '上级工会没有安装本软件时，按省级模板导出《会员信息采集表》和各基层工会汇总表（Excel），表头与省级模板一致。',
  warningTitle: '文件含未打码的个人信息',
  warning:
    '导出的 Excel 文件不加密，含完整的身份证件号码和手机号码（不含银行账号）。请只用加密U盘或本单位专用U盘携带，不要通过聊天工具或邮件发送，报送后及时删除。每次导出都记入操作日志。',
  noPermission: '导出完整证件号码需要管理员权限，请由管理员导出。',
  org: '基层工会',
  allOrgs: '全部基层工会',
  period: '统计期间',
  periodHint: (from: string, to: string) => `不选时为统计年度 ${from}—${to}（10月1日至次年9月30日），用于汇总表中“本期”各项`,
  reason: '导出理由',
  reasonRequired: '请填写导出理由',
  reasonPlaceholder: '例如：按县总工会要求报送会员实名信息',
  reasons: ['向县总工会报送会员实名信息', '年度工会统计报送'],
  preview: (rows: number, members: number, unions: number) =>
    `将导出 ${rows.toLocaleString('zh-CN')} 人（其中在会和保留会籍 ${members.toLocaleString('zh-CN')} 人），${unions} 个基层工会`,
  exportButton: '导出 Excel',
  running: (rows: number, seconds: number) => `正在生成 ${rows.toLocaleString('zh-CN')} 人的采集表，已用 ${seconds} 秒（20 万人约需半分钟，请勿关闭窗口）`,
  doneTitle: (rows: number) => `已导出 ${rows.toLocaleString('zh-CN')} 人`,
  doneText: (fileName: string, size: string) => `文件「${fileName}」（${size}）已开始下载。请保存到加密U盘或本单位专用U盘，报送后删除电脑上的副本。`,
} as const
