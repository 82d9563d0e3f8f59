import type { FigureGroupKey, FigureKind } from '../../../shared/contract/reports'
import { contractKinds, type ContractKind } from '../../../shared/contract/contracts'
import { HARDSHIP_CATEGORY_VALUES, type HardshipCategoryValue } from '../../../shared/hardship/types'
import { CASE_OUTCOMES, type CaseOutcome } from '../../../shared/mediation/types'
import { newFormTypes, type NewFormType } from '../../../shared/members/fields'

/** A figure of the return without its values: what it is, where it sits, how it is shown. */
export interface FigureDef {
  key: string
  label: string
  group: FigureGroupKey
  kind: FigureKind
  unit: string
  level: 0 | 1 | 2
}

// Stable ASCII slugs for the keys, so a key never changes when a Chinese label is reworded.
export const newFormSlugs: Readonly<Record<NewFormType, string>> = {
  快递员: 'courier', 外卖送餐员: 'rider', 网约车司机: 'rideHailing', 货车司机: 'truck', 网约家政: 'domestic', 其他: 'other',
}
export const contractKindSlugs: Readonly<Record<ContractKind, string>> = {
  综合: 'comprehensive', 工资专项: 'wage', 女职工权益保护专项: 'women', 劳动安全卫生专项: 'safety', 行业性: 'industry', 区域性: 'area',
}
export const hardshipSlugs: Readonly<Record<HardshipCategoryValue, string>> = { 深度困难: 'deep', 相对困难: 'relative', 意外致困: 'accident' }
export const outcomeSlugs: Readonly<Record<CaseOutcome, string>> = { 调解成功: 'success', 调解不成: 'failed', 撤回: 'withdrawn' }
const outcomeNames: Readonly<Record<CaseOutcome, string>> = { 调解成功: '调解成功', 调解不成: '调解不成（转仲裁）', 撤回: '申请人撤回' }

/** An aid program as the return lists it: by its code, which stays the same across years and versions. */
export interface ProgramHeading {
  code: string
  name: string
}

const count = (key: string, label: string, group: FigureGroupKey, unit: string, level: 0 | 1 | 2 = 0): FigureDef =>
  ({ key, label, group, kind: 'count', unit, level })

/** Every figure of the return, in the order of the national return's sections; aid programs are the office's own. */
export function figureCatalog(programs: readonly ProgramHeading[]): FigureDef[] {
  return [
    count('unions.total', '基层工会组织数（年末）', 'unions', '家'),
    count('unions.founded', '本年度新建工会组织', 'unions', '家', 1),
    count('unions.foundedWorkers', '新建工会覆盖职工', 'unions', '人', 2),

    count('members.total', '在会会员（年末）', 'members', '人'),
    count('members.women', '其中：女性会员', 'members', '人', 1),
    count('members.migrant', '其中：农民工会员', 'members', '人', 1),
    count('members.newForm', '其中：新就业形态劳动者会员', 'members', '人', 1),
    ...newFormTypes.map((t) => count(`members.newForm.${newFormSlugs[t]}`, t, 'members', '人', 2)),
    count('members.retained', '保留会籍会员（年末）', 'members', '人'),

    count('changes.join', '新入会会员（入会）', 'changes', '人'),
    count('changes.transferIn', '转入会员', 'changes', '人'),
    count('changes.departures', '减少会员', 'changes', '人'),
    count('changes.transferOut', '其中：转出', 'changes', '人', 1),
    count('changes.expel', '其中：除名', 'changes', '人', 1),
    count('changes.withdraw', '其中：退会', 'changes', '人', 1),
    count('changes.retain', '转为保留会籍', 'changes', '人'),

    count('contracts.total', '签订集体合同', 'contracts', '份'),
    count('contracts.enterprises', '覆盖企业', 'contracts', '家', 1),
    count('contracts.workers', '覆盖职工', 'contracts', '人', 1),
    ...contractKinds.flatMap((k) => {
      const slug = contractKindSlugs[k]
      return [
        count(`contracts.kind.${slug}.count`, `${k}集体合同`, 'contracts', '份', 1),
        count(`contracts.kind.${slug}.enterprises`, `${k}：覆盖企业`, 'contracts', '家', 2),
        count(`contracts.kind.${slug}.workers`, `${k}：覆盖职工`, 'contracts', '人', 2),
      ]
    }),

    count('congress.enterprises', '所辖企业', 'congress', '家'),
    count('congress.established', '已建立职代会的企业（年末）', 'congress', '家', 1),
    count('congress.sessions', '召开职代会会议', 'congress', '次'),

    count('hardship.total', '在档困难职工（年末）', 'hardship', '户'),
    ...HARDSHIP_CATEGORY_VALUES.map((c) => count(`hardship.category.${hardshipSlugs[c]}`, `其中：${c}`, 'hardship', '户', 1)),
    count('hardship.registered', '本年度新建档', 'hardship', '户'),
    count('hardship.lifted', '本年度脱困', 'hardship', '户'),

    { key: 'aid.amount', label: '帮扶救助发放金额', group: 'aid', kind: 'fen', unit: '元', level: 0 },
    count('aid.persons', '救助人数', 'aid', '人', 1),
    count('aid.times', '救助人次', 'aid', '人次', 1),
    ...programs.flatMap((p): FigureDef[] => [
      { key: `aid.program.${p.code}.amount`, label: `${p.name}：发放金额`, group: 'aid', kind: 'fen', unit: '元', level: 1 },
      count(`aid.program.${p.code}.persons`, `${p.name}：人数`, 'aid', '人', 2),
      count(`aid.program.${p.code}.times`, `${p.name}：人次`, 'aid', '人次', 2),
    ]),

    count('mediation.received', '受理劳动争议调解案件', 'mediation', '件'),
    count('mediation.closed', '办结案件', 'mediation', '件'),
    ...CASE_OUTCOMES.map((o) => count(`mediation.outcome.${outcomeSlugs[o]}`, `其中：${outcomeNames[o]}`, 'mediation', '件', 1)),
    count('mediation.pending', '年末未结案件', 'mediation', '件'),
  ]
}
