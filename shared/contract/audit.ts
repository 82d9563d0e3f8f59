import { z } from 'zod'
import { isoDateField, pageFields } from './fields'
import { returns, type ContractSection, type GeneratedFile } from './types'

/**
 * 操作日志 (issue 14): every write call and every unmasked view or export leaves one row — who, when, which method, the
 * records touched, the fields changed before and after (personal fields masked, files by their hash) and, for an
 * unmasked view, the reason. The rows form a keyed hash chain that `audit.verify` checks end to end.
 */

export interface AuditChangeView {
  field: string
  /** The contract's Chinese label of the field, or the field name when it has none. */
  label: string
  before?: unknown
  after?: unknown
}

export interface AuditRowView {
  seq: number
  id: string
  at: string
  actor: string
  transport: string
  method: string
  /** The method's Chinese name (操作), from methodTitles. */
  action: string
  recordIds: string[]
  changes: AuditChangeView[]
  reason: string | null
  /** Written before the keyed chain existed (migration 0100): verified by the older, unkeyed formula. */
  legacy: boolean
}

export interface AuditPage {
  total: number
  items: AuditRowView[]
}

export interface AuditVerdict {
  intact: boolean
  /** Rows verified (all of them when intact; those before the first broken one otherwise). */
  rows: number
  /** The first row that fails, counted from the first row (1-based, as 第 N 条). */
  broken: { position: number; seq: number; id: string; at: string; method: string; problem: string } | null
  /** 操作日志完整，共 N 条 / 操作日志第 N 条（…）未通过核验：… */
  message: string
}

export interface AuditFilters {
  actors: string[]
  actions: Array<{ method: string; action: string }>
}

/**
 * The Chinese name of each method that leaves an audit row, shown as the 操作 column and offered in its filter. A method
 * missing here is shown by its name until it is added.
 */
export const methodTitles: Readonly<Record<string, string>> = {
  'profile.save': '保存本单位信息',
  'hardship.create': '建立困难职工档案',
  'hardship.update': '修改困难职工档案',
  'hardship.revealDetail': '查看困难档案完整信息',
  'hardship.advance': '困难档案办理环节',
  'hardship.saveSettings': '困难档案设置',
  'aid.addProgram': '新增救助项目',
  'aid.updateProgram': '修改救助项目',
  'aid.createApplication': '新建救助申请',
  'aid.createApplications': '批量新建救助申请',
  'aid.updateApplication': '修改救助申请',
  'aid.deleteApplication': '删除救助申请草稿',
  'aid.correctPayee': '更正领款信息',
  'aid.submitApplication': '提交救助申请',
  'aid.attachFile': '上传申请材料',
  'aid.reviewApplication': '审核救助申请',
  'aid.rejectApplication': '驳回救助申请',
  'aid.payApplication': '发放救助金',
  'aid.createBatch': '新建发放批次',
  'aid.startNotice': '开始公示',
  'aid.addObjection': '登记公示异议',
  'aid.resolveObjection': '处理公示异议',
  'aid.approveBatch': '审批发放批次',
  'aid.payBatch': '批次发放',
  'aid.exportTransferSheet': '导出银行转账表（不打码）',
  'aid.saveSettings': '救助设置',
  'aid.saveCalendar': '保存工作日历',
  'orgs.save': '保存基层工会',
  'orgs.merge': '合并基层工会',
  'orgs.dissolve': '撤销基层工会',
  'print.certificate': '打印证明',
  'print.certificates': '批量打印证明',
  'print.roster': '打印签领表',
  'print.memberForm': '打印会员登记表',
  'print.saveOffset': '保存套打偏移',
  'members.save': '保存会员信息',
  'members.event': '会籍变化',
  'members.voidEvent': '更正会籍变化',
  'members.delete': '删除会员',
  'members.transfer': '会员转会',
  'members.importCommit': '导入会员',
  'members.exportUnmasked': '导出会员（不打码）',
  'members.revealDetail': '查看会员完整信息',
  'members.revealList': '查看会员完整名单',
  'demo.load': '载入示例数据',
  'demo.clear': '清除示例数据',
  'backup.create': '备份数据库',
  'backup.restore': '从备份恢复',
  'mediation.add': '登记调解案件',
  'mediation.update': '修改调解案件',
  'mediation.advance': '调解案件办理',
  'congress.save': '保存职代会',
  'contracts.save': '保存集体合同',
  'contracts.attachFile': '上传合同附件',
  'accounts.add': '新增账户',
  'accounts.disable': '停用账户',
  'accounts.resetPassword': '重设密码',
  'accounts.recover': '恢复管理员',
  'accounts.saveSettings': '账户设置',
  'audit.export': '导出操作日志',
  'provincial.export': '导出省级会员信息采集表（不打码）',
  'exchange.initKeys': '生成本单位交换密钥',
  'exchange.setUpstream': '导入上级总工会密钥卡',
  'exchange.export': '生成上报包',
  'exchange.importReceipt': '导入上报回执',
  'reports.saveSettings': '统计年度设置',
  'federation.registerOffice': '登记下级单位密钥卡',
  'federation.importPackage': '导入上报包',
  'federation.resolveConflict': '处理会员冲突',
}

export function methodTitle(method: string): string {
  return Object.hasOwn(methodTitles, method) ? (methodTitles[method] ?? method) : method
}

const auditFilter = z.object({
  /** 操作人: the account name as recorded. */
  actor: z.string().trim().min(1).max(60).optional(),
  /** 操作: a method name (its Chinese title comes from methodTitles). */
  method: z.string().trim().min(1).max(60).optional(),
  /** 日期 (China's calendar day), inclusive. */
  from: isoDateField.optional(),
  to: isoDateField.optional(),
  /** 记录: a record id, or a member's name (every member of that name). */
  record: z.string().trim().min(1).max(100).optional(),
})
export type AuditFilterInput = z.input<typeof auditFilter>

export const auditLabels = {
  actor: '操作人',
  method: '操作',
  from: '起始日期',
  to: '截止日期',
  record: '记录',
  limit: '条数',
  offset: '起始位置',
  format: '文件格式',
} as const

export const auditContract = {
  'audit.list': {
    input: auditFilter.extend(pageFields(500)),
    labels: auditLabels,
    result: returns<AuditPage>(),
    permission: 'audit.read',
    writes: false,
  },
  /** Who and which actions appear in the trail, for the screen's filters. */
  'audit.filters': {
    input: z.object({}),
    labels: auditLabels,
    result: returns<AuditFilters>(),
    permission: 'audit.read',
    writes: false,
  },
  'audit.verify': {
    input: z.object({}),
    labels: auditLabels,
    result: returns<AuditVerdict>(),
    permission: 'audit.read',
    writes: false,
  },
  /** The filtered trail as .xlsx, through the outbox; the export itself leaves a row. */
  'audit.export': {
    input: auditFilter.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') }),
    labels: auditLabels,
    result: returns<GeneratedFile>(),
    permission: 'audit.read',
    writes: true,
  },
} satisfies ContractSection<'audit'>
