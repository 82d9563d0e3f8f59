import { parseAidProgram, type AidProgram, type AidProgramDefinition } from './rules'

// Built-in programs drawn from the seed articles (domain.md §6). Year and budget are the office's own, so a
// template becomes a program only through programFromTemplate. Amounts are the seeds' or the domain's stated
// defaults; everything is editable per issuing federation [config].

export type AidProgramTemplate = Omit<AidProgramDefinition, 'year' | 'budgetFen'>

/** Cap group shared by cash 慰问 and 温暖包 goods: local rules cap 慰问金 and 慰问品 together per person per year. */
export const WEIWEN_CAP_GROUP = { code: 'weiwen', name: '慰问', yearlyCapFen: 200_000 } as const

/** Dalian 抚慰金 (seed 000): grades 1–4 → 15,000; 5–6 → 10,000; 7–10 → 5,000; death → 20,000 to the family. */
export const fuweijinDalian: AidProgramTemplate = {
  code: 'fuweijin',
  name: '抚慰金',
  rule: {
    kind: 'graded',
    tiers: [
      { grades: [1, 2, 3, 4], amountFen: 1_500_000 },
      { grades: [5, 6], amountFen: 1_000_000 },
      { grades: [7, 8, 9, 10], amountFen: 500_000 },
      { grades: ['death'], amountFen: 2_000_000 },
    ],
  },
  constraints: {
    // The seed's triggering case was an early retiree, so retained members (保留会籍) are in scope.
    memberStatuses: ['在会', '保留'],
    oncePerMember: true,
  },
  materials: [
    '抚慰金申请表',
    '参与国家重大任务、抢险救灾、见义勇为或志愿服务的证明',
    '伤残等级鉴定结论（伤残）或死亡证明（死亡）',
    '会员本人或领款家属的身份证件复印件',
    '领款人本人实名银行卡',
    // Only a death is paid to a family member, so only then is the relationship proven.
    { name: '与会员的亲属关系证明（死亡）', when: { grade: ['death'] } },
  ],
}

/** Guangxi-style 职工医疗互助 (seed 001) with the reference parameters of domain §6.2. */
export const medicalMutualAidGuangxi: AidProgramTemplate = {
  code: 'yiliao-huzhu',
  name: '职工医疗互助',
  rule: {
    kind: 'medical',
    deductibleYearlyFen: 100_000,
    segments: [
      { uptoFen: 1_000_000, rate: 0.3 },
      { uptoFen: 3_000_000, rate: 0.4 },
      { uptoFen: 5_000_000, rate: 0.6 },
      { uptoFen: null, rate: 0.95 },
    ],
    minPayoutFen: 10_000,
    yearlyCapFen: 100_000_000,
    allowancePerDayFen: 5_000,
    allowanceMaxDays: 30,
  },
  constraints: { memberStatuses: ['在会'] },
  materials: ['医疗互助补助申请表', '住院病案首页及出院小结', '医疗费用结算单（注明个人自付金额）', '身份证件复印件', '本人实名银行卡'],
}

/** 金秋助学 (domain §6.4): a registered-hardship household's university entrant 5,000; any other eligible student 3,000. */
export const jinqiuZhuxue: AidProgramTemplate = {
  code: 'jinqiu-zhuxue',
  name: '金秋助学',
  rule: {
    kind: 'table',
    fields: [
      { key: 'hardshipCategory', label: '家庭困难类别', values: ['深度困难', '相对困难', '意外致困'], checkAgainst: 'hardshipCategory' },
      { key: 'schoolLevel', label: '就读阶段', values: ['大学新生', '大学在读', '高中', '中职'] },
    ],
    rows: [
      { when: { hardshipCategory: ['深度困难', '相对困难'], schoolLevel: ['大学新生'] }, amountFen: 500_000 },
      { when: {}, amountFen: 300_000 },
    ],
    recordFields: [
      { key: 'studentName', label: '学生姓名' },
      { key: 'academicYear', label: '学年' },
    ],
  },
  constraints: { memberStatuses: ['在会'], hardshipCategories: ['深度困难', '相对困难', '意外致困'] },
  materials: ['金秋助学申请表', '录取通知书或在校学籍证明', '学生身份证或户口簿复印件', '困难职工档案（一户一档）', '实名银行卡'],
}

/** 送温暖 cash 慰问 (domain §6.5), once a year, inside the shared 慰问 cap. */
export const songWennuanWeiwen: AidProgramTemplate = {
  code: 'songwennuan',
  name: '送温暖慰问金',
  rule: { kind: 'fixed', amountFen: 100_000 },
  constraints: { memberStatuses: ['在会', '保留'], maxTimesPerYear: 1, capGroup: WEIWEN_CAP_GROUP },
  materials: ['慰问对象名单', '签领表'],
}

/** 温暖包 goods (seed 000's 温暖防疫包); unit values are illustrative and set per purchase. */
export const wennuanbao: AidProgramTemplate = {
  code: 'wennuanbao',
  name: '温暖包',
  rule: {
    kind: 'in_kind',
    items: [
      { item: '口罩', unit: '盒', quantity: 1, unitValueFen: 3_000 },
      { item: '免洗消毒凝胶', unit: '瓶', quantity: 2, unitValueFen: 1_500 },
      { item: '暖手宝', unit: '个', quantity: 1, unitValueFen: 4_000 },
      { item: '棉手套', unit: '双', quantity: 1, unitValueFen: 1_500 },
      { item: '围巾', unit: '条', quantity: 1, unitValueFen: 4_000 },
      { item: '耳罩', unit: '副', quantity: 1, unitValueFen: 2_000 },
    ],
  },
  constraints: { memberStatuses: ['在会', '保留'], maxTimesPerYear: 1, capGroup: WEIWEN_CAP_GROUP },
  materials: ['发放名单', '签领表'],
}

export const aidProgramTemplates: readonly AidProgramTemplate[] = [
  fuweijinDalian,
  medicalMutualAidGuangxi,
  jinqiuZhuxue,
  songWennuanWeiwen,
  wennuanbao,
]

/** A program for one year and budget, validated like any program file. */
export function programFromTemplate(template: AidProgramTemplate, year: number, budgetFen: number): AidProgram {
  return parseAidProgram({ ...template, year, budgetFen })
}
