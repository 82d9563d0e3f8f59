import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { SessionRecord } from '../../../../shared/congress/session-record'
import type { CongressDetail } from '../../../../shared/congress/types'
import { chineseDate, formatChineseYmd } from '../../../../shared/dates'
import { letterhead, pageNumbers, portraitMargins, sealArea, styles } from './common'
import type { PrintMeta } from './types'

const th = (t: string) => ({ text: t, style: 'th' })
const pct = (part: number, whole: number) => (whole === 0 ? '—' : `${((part * 100) / whole).toFixed(1)}%`)
const right = (t: string | number) => ({ text: String(t), alignment: 'right' as const })

/**
 * 职代会到会及表决记录: attendance against the 2/3 quorum, the roster's make-up, and each vote with its verdict
 * against more than half of ALL representatives; only 赞成 is recorded, so 反对 and 弃权 are printed as one figure.
 */
export function congressRecordDoc(meta: PrintMeta, d: CongressDetail, s: SessionRecord): TDocumentDefinitions {
  const c = s.composition
  const content: Content[] = [
    letterhead(d.enterpriseName),
    { text: '职工代表大会到会及表决情况记录', style: 'title' },
    {
      table: {
        widths: [80, '*', 80, '*'],
        body: [
          [{ text: '会议', style: 'label' }, `第____届${s.ordinal === null ? '第____次' : `第${s.ordinal}次`}会议`, { text: '会议日期', style: 'label' }, formatChineseYmd(s.date)],
          [{ text: '所属工会', style: 'label' }, d.orgName, { text: '本届届期', style: 'label' }, d.termStart && d.termEnd ? `${d.termStart} 至 ${d.termEnd}` : '—'],
          [{ text: '应到代表', style: 'label' }, `${s.total} 人`, { text: '实到代表', style: 'label' }, `${s.present} 人（${pct(s.present, s.total)}）`],
          [
            { text: '法定人数', style: 'label' },
            { text: `不少于全体代表的三分之二，即 ${s.quorum} 人：${s.quorumMet ? '符合' : '不符合'}`, colSpan: 3, bold: !s.quorumMet },
            '',
            '',
          ],
        ],
      },
      style: 'cell',
    },
    { text: '代表构成', bold: true, margin: [0, 10, 0, 4] },
    {
      table: {
        headerRows: 1,
        widths: ['*', 60, 60],
        body: [
          ['类别', '人数', '占比'].map(th),
          ['一线职工', right(c.frontline), right(pct(c.frontline, s.total))],
          ['中层以上管理人员和领导人员（不超过 20%）', right(c.managers), right(pct(c.managers, s.total))],
          ['其他', right(c.other), right(pct(c.other, s.total))],
          ['其中：女代表', right(c.women), right(pct(c.women, s.total))],
        ],
      },
      style: 'td',
    },
    { text: '表决情况（以全体代表过半数赞成为通过）', bold: true, margin: [0, 10, 0, 4] },
    {
      table: {
        headerRows: 1,
        widths: [24, '*', 44, 64, 56, 48],
        body: [
          ['序号', '表决事项', '赞成', '反对及弃权', '通过所需', '结果'].map(th),
          ...s.votes.map((v, i) => [String(i + 1), v.item, right(v.yes), right(v.notYes), right(v.needed), { text: v.passed ? '通过' : '未通过', bold: !v.passed }]),
          ...(s.votes.length ? [] : [[{ text: '本次会议没有表决记录', colSpan: 6, alignment: 'center' as const }, '', '', '', '', '']]),
        ],
      },
      style: 'td',
    },
    { columns: ['计票人（签字）：________', '监票人（签字）：________', '记录人（签字）：________'], margin: [0, 18, 0, 0] },
    { text: '大会主席团成员（签字）：____________    ____________    ____________', margin: [0, 12, 0, 0] },
    sealArea(`${d.enterpriseName}职工代表大会`, s.date),
    { text: `打印：${meta.unionName}　${chineseDate(meta.date)}`, fontSize: 8, color: '#666666', margin: [0, 12, 0, 0] },
  ]
  return { pageSize: 'A4', pageMargins: portraitMargins, styles, content, footer: pageNumbers, info: { title: `职代会到会及表决记录 ${d.enterpriseName} ${s.date}` } }
}
