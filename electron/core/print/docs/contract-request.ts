import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { ContractDetail } from '../../../../shared/contract/contracts'
import { chineseDate } from '../../../../shared/dates'
import { letterhead, pageNumbers, portraitMargins, sealArea, styles } from './common'
import { chiefOf, employerName, kindTitle } from './contract-common'
import type { PrintMeta } from './types'

/**
 * 集体协商要约书 (domain.md §8.2, §12): the union side's written request; the other side must answer in writing within
 * 20 days of receipt, which the letter states with the due date the app computed. The reply slip is the lower part.
 */
export function contractRequestDoc(meta: PrintMeta, c: ContractDetail, replyDue: string | null): TDocumentDefinitions {
  const unionSide = c.unionSide ?? meta.unionName
  const employer = employerName(c) || '____________'
  const subjects = ['劳动报酬', '工作时间', '休息休假', '劳动安全卫生', '女职工特殊保护', '保险福利'].join('、')
  const listOf = (people: ContractDetail['negotiators']['union']) =>
    people.length ? people.map((p) => `${p.name}${p.chief ? '（首席代表）' : ''}${p.expert ? '（外聘专家）' : ''}`).join('、') : '____________'
  const date = c.requestDate ?? meta.date
  const content: Content[] = [
    letterhead(unionSide),
    { text: '集体协商要约书', style: 'title' },
    { text: `${employer}：`, margin: [0, 0, 0, 8] },
    {
      text: `根据《中华人民共和国劳动合同法》《集体合同规定》等有关规定，为维护职工合法权益，构建和谐劳动关系，${unionSide}代表职工一方，就签订《${c.title}》（${kindTitle(c)}）向你方提出集体协商要约。`,
      lineHeight: 1.7,
    },
    { text: `一、协商内容：${subjects}等事项${c.enterprises.length > 1 ? `，覆盖企业 ${c.enterprises.length} 家，职工约 ${c.workersCovered} 人` : ''}。`, lineHeight: 1.7, margin: [0, 6, 0, 0] },
    { text: '二、协商时间、地点：____年____月____日，________________________。', lineHeight: 1.7 },
    { text: `三、职工方协商代表：${listOf(c.negotiators.union)}。`, lineHeight: 1.7 },
    {
      text: `请你方自收到本要约书之日起二十日内以书面形式予以回应${replyDue ? `（按 ${chineseDate(date)} 送达计，最迟于${chineseDate(replyDue)}）` : ''}，并告知你方协商代表名单。无正当理由不得拒绝或拖延。`,
      lineHeight: 1.7,
      margin: [0, 6, 0, 0],
    },
    { text: `职工方首席协商代表（签字）：${chiefOf(c.negotiators.union)}`, margin: [0, 18, 0, 0] },
    sealArea(unionSide, date),
    // The reply is the other side's own document: its own page, under its own heading.
    { text: '集体协商回应书', style: 'title', pageBreak: 'before' },
    { text: `${unionSide}：`, margin: [0, 0, 0, 6] },
    {
      text: `你方于${chineseDate(date)}提出的集体协商要约书收悉。我方同意就上述事项进行集体协商，我方协商代表为：${c.negotiators.employer.length ? listOf(c.negotiators.employer) : '________________________'}。`,
      lineHeight: 1.7,
    },
    { text: `企业方首席协商代表（签字）：${c.negotiators.employer.length ? chiefOf(c.negotiators.employer) : '____________'}　　回应日期：${c.replyDate ? chineseDate(c.replyDate) : '____年____月____日'}`, margin: [0, 14, 0, 0] },
  ]
  return { pageSize: 'A4', pageMargins: portraitMargins, styles, content, footer: pageNumbers, info: { title: `集体协商要约书-${c.title}` } }
}
