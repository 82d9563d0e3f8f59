import { aidInputLabels, aidProgramLabels } from './rules'

// Chinese field labels of the aid.* methods, for every error message that names a field.

function prefixed(prefix: string, labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [`${prefix}.${k}`, v]))
}

export const aidLabels: Readonly<Record<string, string>> = {
  id: '编号',
  program: '救助项目',
  ...prefixed('program', aidProgramLabels),
  programId: '救助项目',
  programCode: '项目编号',
  year: '年度',
  memberId: '会员',
  idNumber: '身份证号',
  input: '申请内容',
  ...prefixed('input', aidInputLabels),
  date: '日期',
  materials: '已提供材料',
  bankName: '开户银行',
  bankAccount: '银行账号',
  submit: '直接提交',
  applicationId: '申请',
  applicationIds: '申请',
  material: '材料名称',
  file: '文件',
  decision: '审核结论',
  reason: '理由',
  method: '发放方式',
  reference: '凭证号',
  title: '批次名称',
  startDate: '公示开始日期',
  days: '公示工作日数',
  batchId: '发放批次',
  raisedBy: '异议人',
  content: '异议内容',
  resolution: '处理结果',
  status: '状态',
  unbatched: '未编入批次',
  paidFrom: '发放日期起',
  paidTo: '发放日期止',
  q: '查询内容',
  limit: '条数',
  offset: '起始位置',
  separationOfDuties: '录入与审批分离',
  noticeDays: '公示工作日数',
  holidays: '放假日期',
  workdays: '调休上班日期',
}

