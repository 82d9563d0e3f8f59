import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { formatChineseYmd } from '../../../../shared/dates'
import { landscapeMargins, moneyPlain, pageNumbers, portraitMargins, sealArea, styles } from './common'
import type { NoticeData, PrintMeta } from './types'

/** Roughly how wide a column must be for its longest entry at 10 pt (a CJK character is 10 pt wide). */
const need = (texts: Array<string | null>) => Math.max(0, ...texts.map((t) => (t ?? '').length)) * 10.5 + 8

/** Portrait A4 has 483 pt between the margins; when the list's columns need more, the notice turns to landscape. */
export function noticeOrientation(d: NoticeData): 'portrait' | 'landscape' {
  const fixed = 24 + 86 + 104 + 60 + 4 * 8
  const variable = need(d.rows.map((r) => r.unit)) + need(d.rows.map((r) => r.programName))
  return fixed + variable > 483 ? 'landscape' : 'portrait'
}

export function noticeDoc(meta: PrintMeta, d: NoticeData): TDocumentDefinitions {
  const orientation = noticeOrientation(d)
  const header = ['序号', '姓名', '身份证号', '工作单位', '救助项目', '金额（元）'].map((t) => ({ text: t, style: 'th' }))
  const body = d.rows.map((r, i) => [
    { text: String(i + 1), alignment: 'center' as const },
    r.name,
    r.idNumber,
    r.unit ?? '—',
    r.programName,
    { text: moneyPlain(r.amountFen), alignment: 'right' as const },
  ])
  const total = d.rows.reduce((s, r) => s + r.amountFen, 0)
  const period = d.start && d.end ? `${formatChineseYmd(d.start)}至${formatChineseYmd(d.end)}` : '自张贴之日起五个工作日'
  const content: Content[] = [
    { text: meta.unionName, style: 'union' },
    { text: d.title, style: 'title' },
    {
      text: `根据“${d.programName}”有关规定，经个人申请、基层工会审核，拟对以下 ${d.rows.length} 名职工予以救助，共计 ${moneyPlain(total)} 元，现予公示。`,
      lineHeight: 1.5,
    },
    { text: `公示期：${period}。`, margin: [0, 2, 0, 8] },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [24, 86, 104, '*', Math.max(60, need(d.rows.map((r) => r.programName))), 60],
        body: [header, ...body],
      },
      style: 'td',
    },
    {
      text: `公示期内如有异议，请以书面或当面方式向本会反映。${d.contact}。`,
      margin: [0, 10, 0, 0],
      lineHeight: 1.5,
    },
    sealArea(meta.unionName, meta.date),
  ]
  return {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: orientation === 'landscape' ? landscapeMargins : portraitMargins,
    styles,
    content,
    footer: pageNumbers,
    info: { title: d.title },
  }
}
