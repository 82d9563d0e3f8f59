import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { SessionRecord } from '../../../../shared/congress/session-record'
import type { CongressDetail } from '../../../../shared/congress/types'
import { chineseDate, formatChineseYmd } from '../../../../shared/dates'
import { letterhead, pageNumbers, portraitMargins, sealArea, styles } from './common'
import type { PrintMeta } from './types'

const ordinalText = (n: number | null) => (n === null ? '第____次' : `第${n}次`)

/**
 * 职代会决议: what the session decided, each resolution with its vote against "more than half of ALL representatives"
 * (domain.md §9.1), the quorum stated with its figures, the presidium's signatures and the congress's seal. The 届
 * number is not recorded in the app, so it is left to be written in by hand.
 */
export function congressResolutionDoc(meta: PrintMeta, d: CongressDetail, s: SessionRecord): TDocumentDefinitions {
  const session = `${d.enterpriseName}第____届职工代表大会${ordinalText(s.ordinal)}会议`
  const passed = s.votes.filter((v) => v.passed)
  const failed = s.votes.filter((v) => !v.passed)
  const content: Content[] = [
    letterhead(d.enterpriseName),
    { text: `${session}决议`, style: 'title' },
    { text: `（${chineseDate(s.date)}${d.enterpriseName}职工代表大会通过）`, alignment: 'center', fontSize: 10, margin: [0, 0, 0, 12] },
    {
      text: `${formatChineseYmd(s.date)}，${session}召开。应到代表 ${s.total} 人，实到 ${s.present} 人，${
        s.quorumMet ? `达到全体代表的三分之二（${s.quorum} 人），符合法定人数。` : `不足全体代表的三分之二（${s.quorum} 人），不符合法定人数，本次会议的表决不具效力。`
      }`,
      lineHeight: 1.45,
      margin: [0, 0, 0, 8],
    },
    { text: '会议审议了下列事项：', lineHeight: 1.45 },
    { ol: s.items.length ? s.items : ['（无议题记录）'], lineHeight: 1.45, margin: [16, 0, 0, 8] },
    { text: '经全体代表表决，会议决定：', lineHeight: 1.45 },
    {
      ol: passed.length
        ? passed.map((v) => `通过「${v.item}」。赞成 ${v.yes} 票，超过全体代表 ${s.total} 人的半数（至少 ${v.needed} 票）。`)
        : ['本次会议没有获得通过的事项。'],
      lineHeight: 1.45,
      margin: [16, 0, 0, 8],
    },
    ...(failed.length
      ? [
          { text: '下列事项赞成票未超过全体代表半数，未获通过：', lineHeight: 1.45 },
          { ol: failed.map((v) => `「${v.item}」赞成 ${v.yes} 票（至少需要 ${v.needed} 票）。`), lineHeight: 1.45, margin: [16, 0, 0, 8] as [number, number, number, number] },
        ]
      : []),
    { text: '会议要求各部门和全体职工认真贯彻执行本决议，工会负责监督落实。', lineHeight: 1.45, margin: [0, 4, 0, 0] },
    { text: '大会主席团成员（签字）：____________    ____________    ____________', margin: [0, 16, 0, 0] },
    sealArea(`${d.enterpriseName}职工代表大会`, s.date),
    { text: `打印：${meta.unionName}　${chineseDate(meta.date)}`, fontSize: 8, color: '#666666', margin: [0, 12, 0, 0] },
  ]
  return { pageSize: 'A4', pageMargins: portraitMargins, styles, content, footer: pageNumbers, info: { title: `${session}决议` } }
}
