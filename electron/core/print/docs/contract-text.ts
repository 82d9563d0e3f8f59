import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { ContractDetail } from '../../../../shared/contract/contracts'
import { chineseDate } from '../../../../shared/dates'
import { moneyPlain, pageNumbers, portraitMargins, styles } from './common'
import { chiefOf, employerName, kindTitle } from './contract-common'
import type { PrintMeta } from './types'

const CHAPTER_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** The template's chapters: a clause for each key term the contract records, then the negotiated text as its own chapter. */
function chapters(c: ContractDetail): { title: string; clauses: string[] }[] {
  const t = c.terms
  const pay = [
    ...(t.minimumWageFen !== null ? [`企业支付给职工的月最低工资标准为 ${moneyPlain(t.minimumWageFen)} 元，且不低于当地人民政府公布的最低工资标准。`] : []),
    ...(t.wageIncreasePct !== null ? [`本合同期内职工工资年平均增长幅度不低于 ${t.wageIncreasePct}%。`] : []),
    '工资以货币形式按月足额支付，不得克扣或无故拖欠。',
  ]
  const list: { title: string; clauses: string[] }[] = [
    { title: '总则', clauses: [`为维护职工和企业的合法权益，依据《中华人民共和国劳动法》《中华人民共和国劳动合同法》《集体合同规定》，经双方平等协商，订立本合同。`, `本合同对${c.enterprises.length > 1 ? `附件所列 ${c.enterprises.length} 家企业` : '企业'}及其全体职工具有约束力。`] },
    { title: '劳动报酬', clauses: pay },
  ]
  if (t.workingHours) list.push({ title: '工作时间', clauses: [t.workingHours] })
  if (t.rest) list.push({ title: '休息休假', clauses: [t.rest] })
  if (t.safety) list.push({ title: '劳动安全卫生', clauses: [t.safety] })
  if (t.womenProtection) list.push({ title: '女职工特殊保护', clauses: [t.womenProtection] })
  const agreed = (c.text ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '')
  if (agreed.length) list.push({ title: '双方约定的其他事项', clauses: agreed })
  list.push({
    title: '合同期限及其他',
    clauses: [
      `本合同期限自${c.termStart ? chineseDate(c.termStart) : '____年____月____日'}起至${c.termEnd ? chineseDate(c.termEnd) : '____年____月____日'}止。期满前三个月内，任何一方均可提出续订要求。`,
      '本合同签订后十日内由企业方报送劳动行政部门审查，劳动行政部门自收到之日起十五日内未提出异议的，本合同即行生效，并由双方向全体职工公布。',
      '履行本合同发生争议，双方协商解决；协商不成的，可以依法申请劳动争议仲裁。',
    ],
  })
  return list
}

/**
 * 集体合同文本 (domain.md §12): title and kind, the parties, the clauses from the template numbered across chapters,
 * the term, the approval by the workers' congress or all workers with its figures, both chiefs' signatures and seals,
 * and for area and industry contracts an annex listing the enterprises with their credit codes and headcounts.
 */
export function contractTextDoc(meta: PrintMeta, c: ContractDetail): TDocumentDefinitions {
  const unionSide = c.unionSide ?? meta.unionName
  const employer = employerName(c) || '____________'
  let n = 0
  const body: Content[] = chapters(c).flatMap((ch, i) => [
    { text: `第${CHAPTER_NUMBERS[i] ?? String(i + 1)}章　${ch.title}`, bold: true, alignment: 'center', margin: [0, 10, 0, 6] } as Content,
    ...ch.clauses.map((cl): Content => ({ text: [{ text: `第${++n}条　`, bold: true }, cl], lineHeight: 1.7, margin: [0, 0, 0, 4] })),
  ])
  const vote = c.vote
  const content: Content[] = [
    { text: c.title, style: 'title' },
    { text: `（${kindTitle(c)}）`, alignment: 'center', margin: [0, -8, 0, 12] },
    { text: `甲方（职工方）：${unionSide}`, lineHeight: 1.6 },
    { text: `乙方（企业方）：${employer}`, lineHeight: 1.6 },
    { text: `覆盖企业 ${c.enterprises.length} 家，覆盖职工 ${c.workersCovered} 人。`, lineHeight: 1.6, margin: [0, 0, 0, 6] },
    ...body,
    {
      text: vote
        ? `本合同草案经${c.kind === '区域性' || c.kind === '行业性' ? '职工代表大会' : '职工代表大会或全体职工'}于${vote.date ? chineseDate(vote.date) : '____年____月____日'}审议：应到 ${vote.total} 人，实到 ${vote.present} 人，赞成 ${vote.approve} 票，获得通过。`
        : '本合同草案经职工代表大会或全体职工于____年____月____日审议通过：应到____人，实到____人，赞成____票。',
      lineHeight: 1.7,
      margin: [0, 10, 0, 0],
    },
    {
      columns: [
        { stack: [{ text: `甲方：${unionSide}（盖章）` }, { text: `首席协商代表（签字）：${chiefOf(c.negotiators.union)}`, margin: [0, 18, 0, 0] }] },
        { stack: [{ text: `乙方：${employer}（盖章）` }, { text: `首席协商代表（签字）：${chiefOf(c.negotiators.employer)}`, margin: [0, 18, 0, 0] }] },
      ],
      margin: [0, 28, 0, 0],
      unbreakable: true,
    },
    { text: `签订日期：${c.signedDate ? chineseDate(c.signedDate) : '____年____月____日'}`, alignment: 'right', margin: [0, 18, 0, 0] },
  ]
  if (c.enterprises.length > 1 || c.kind === '区域性' || c.kind === '行业性') {
    content.push(
      { text: `附件：${c.title}覆盖企业名单`, bold: true, fontSize: 14, alignment: 'center', margin: [0, 0, 0, 10], pageBreak: 'before' },
      {
        table: {
          headerRows: 1,
          widths: [36, '*', 150, 70],
          body: [
            [{ text: '序号', style: 'th' }, { text: '企业名称', style: 'th' }, { text: '统一社会信用代码', style: 'th' }, { text: '职工人数', style: 'th' }],
            ...c.enterprises.map((e, i) => [
              { text: String(i + 1), style: 'td', alignment: 'center' as const },
              { text: e.name, style: 'td' },
              { text: e.creditCode ?? '', style: 'td' },
              { text: e.workers === null ? '' : String(e.workers), style: 'td', alignment: 'right' as const },
            ]),
          ],
        },
      },
    )
  }
  return { pageSize: 'A4', pageMargins: portraitMargins, styles, content, footer: pageNumbers, info: { title: c.title } }
}
