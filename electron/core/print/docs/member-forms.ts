import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { chineseDate, formatChineseYmd } from '../../../../shared/dates'
import { fieldGrid, letterhead, pageNumbers, portraitMargins, sealArea, serialLine, styles } from './common'
import type { PrintMeta } from './types'

/** The register has no human 会员编号 yet, so none is printed (an internal id is no number a clerk can look up). */
export interface MemberFormData {
  name: string
  gender: string | null
  birthDate: string | null
  ethnicity: string | null
  /** Masked, except on the member's own printed 会员登记表 (audited). */
  idNumber: string
  education: string | null
  politicalStatus: string | null
  employer: string | null
  phone: string | null
  hukouType: string | null
  nativePlace: string | null
  orgName: string
  joinDate: string | null
  status: string
  events: Array<{ type: string; date: string | null; reason: string | null; orgName: string }>
  /** Set for a member transferred out: where to. */
  transfer: { fromOrg: string; toOrg: string; date: string | null; reason: string | null } | null
}

const v = (x: string | null) => x ?? '—'
const ymd = (x: string | null) => (x ? formatChineseYmd(x) : '—')

function doc(title: string, content: Content[], footer = true): TDocumentDefinitions {
  return { pageSize: 'A4', pageMargins: portraitMargins, styles, content, ...(footer ? { footer: pageNumbers } : {}), info: { title } }
}

function personGrid(m: MemberFormData, extra: Array<[string, string]> = []): Content {
  return {
    layout: { paddingTop: () => 5, paddingBottom: () => 5 },
    table: {
      widths: [70, '*', 60, '*', 90],
      body: [
        [{ text: '姓名', style: 'label' }, m.name, { text: '性别', style: 'label' }, v(m.gender), { text: '照片', rowSpan: 4, alignment: 'center', color: '#999999', margin: [0, 40, 0, 0] }],
        [{ text: '出生日期', style: 'label' }, ymd(m.birthDate), { text: '民族', style: 'label' }, v(m.ethnicity), ''],
        [{ text: '身份证号', style: 'label' }, { text: m.idNumber, colSpan: 3 }, '', '', ''],
        [{ text: '文化程度', style: 'label' }, v(m.education), { text: '政治面貌', style: 'label' }, v(m.politicalStatus), ''],
        [{ text: '工作单位', style: 'label' }, { text: v(m.employer), colSpan: 4 }, '', '', ''],
        [{ text: '联系电话', style: 'label' }, v(m.phone), { text: '户籍类型', style: 'label' }, { text: v(m.hukouType), colSpan: 2 }, ''],
        ...extra.map(([label, value]) => [{ text: label, style: 'label' }, { text: value, colSpan: 4 }, '', '', '']),
      ],
    },
    style: 'cell',
  }
}

export function memberRegisterDoc(meta: PrintMeta, m: MemberFormData): TDocumentDefinitions {
  return doc('会员登记表', [
    letterhead(meta.unionName),
    { text: '工会会员登记表', style: 'title' },
    personGrid(m, [
      ['籍贯', v(m.nativePlace)],
      ['所属工会', m.orgName],
      ['入会日期', ymd(m.joinDate)],
      ['会籍状态', m.status],
    ]),
    { text: '会籍变动记录', bold: true, margin: [0, 12, 0, 4] },
    {
      table: {
        headerRows: 1,
        widths: [90, 70, '*', '*'],
        body: [
          ['日期', '类型', '工会', '原因'].map((t) => ({ text: t, style: 'th' })),
          ...(m.events.length ? m.events.map((e) => [ymd(e.date), e.type, e.orgName, e.reason ?? '']) : [[{ text: '（无）', colSpan: 4, alignment: 'center' as const }, '', '', '']]),
        ],
      },
      style: 'td',
    },
    sealArea(meta.unionName, meta.date),
  ])
}

export function memberApplicationDoc(meta: PrintMeta, m: MemberFormData): TDocumentDefinitions {
  const sign = (who: string): Content => ({ text: `${who}（签字/盖章）：____________    日期：____年__月__日`, margin: [0, 10, 0, 0] })
  return doc('入会申请书', [
    letterhead(meta.unionName),
    { text: '入会申请书', style: 'title' },
    personGrid(m),
    {
      text: `本人自愿加入中华全国总工会，承认《中国工会章程》，遵守工会的纪律，执行工会的决议，按期交纳会费，积极参加工会活动。本人同意工会按照会员实名制要求登记和使用本人信息。`,
      margin: [0, 14, 0, 0],
      lineHeight: 1.6,
    },
    { text: `申请人（签名）：____________    日期：____年__月__日`, margin: [0, 16, 0, 0] },
    { text: '工会小组意见：', bold: true, margin: [0, 22, 0, 0] },
    { text: '\n\n', fontSize: 11 },
    sign('工会小组长'),
    { text: `${meta.unionName}审批意见：`, bold: true, margin: [0, 22, 0, 0] },
    { text: '\n\n', fontSize: 11 },
    sealArea(meta.unionName, meta.date),
  ])
}

export function memberCertificateDoc(meta: PrintMeta, m: MemberFormData, serial: string, reprint: boolean): TDocumentDefinitions {
  return doc('会员证明', [
    letterhead(meta.unionName),
    serialLine(serial, reprint),
    { text: '会员证明', style: 'title' },
    {
      text: `兹证明 ${m.name}（身份证号 ${m.idNumber}）系${m.orgName}会员，${m.joinDate ? `于${chineseDate(m.joinDate)}加入工会，` : ''}现会籍状态为“${m.status}”。`,
      lineHeight: 1.8,
      margin: [0, 10, 0, 0],
    },
    { text: '特此证明。', margin: [24, 8, 0, 0] },
    sealArea(meta.unionName, meta.date),
  ], false)
}

export function memberTransferDoc(meta: PrintMeta, m: MemberFormData, serial: string, reprint: boolean): TDocumentDefinitions {
  const t = m.transfer
  const to = t?.toOrg ?? '____________'
  return doc('组织关系接转函', [
    letterhead(meta.unionName),
    serialLine(serial, reprint),
    { text: '工会会员组织关系接转函', style: 'title' },
    { text: `${to}：`, margin: [0, 6, 0, 6] },
    {
      text: `兹有我会会员 ${m.name}（身份证号 ${m.idNumber}），${m.joinDate ? `自${chineseDate(m.joinDate)}起为工会会员，` : ''}因工作变动，需转接工会组织关系，请予接收。会费已交至${t?.date ? chineseDate(t.date) : '____年__月__日'}。`,
      lineHeight: 1.8,
    },
    fieldGrid([
      ['转出工会', t?.fromOrg ?? m.orgName],
      ['转入工会', to],
      ['转出日期', ymd(t?.date ?? null)],
      ['转出原因', t?.reason ?? '—'],
    ], [90, '*']),
    sealArea(meta.unionName, meta.date),
    { text: '- - - - - - - - - - - - - - - - 回  执 - - - - - - - - - - - - - - - -', alignment: 'center', margin: [0, 16, 0, 8], color: '#666666' },
    { text: `${meta.unionName}：你会转来的会员 ${m.name} 的组织关系已接收。`, lineHeight: 1.6 },
    { text: '接收工会（盖章）：____________    日期：____年__月__日', margin: [0, 10, 0, 0] },
  ], false)
}
