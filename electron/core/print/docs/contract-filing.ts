import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import type { ContractDetail } from '../../../../shared/contract/contracts'
import { chineseDate } from '../../../../shared/dates'
import { fieldGrid, pageNumbers, portraitMargins, styles } from './common'
import { chiefOf, employerName, kindTitle } from './contract-common'
import type { PrintMeta } from './types'

const dateOrBlank = (d: string | null) => (d ? chineseDate(d) : '____年____月____日')

/**
 * 集体合同报送/备案表 (domain.md §12): parties (the internal record id is not printed: the receiving department numbers
 * the filing), kind, workers covered, signing and submission dates, the
 * 10-day filing deadline the app computed, and the receiving department's part (received on, review opinion, seal).
 */
export function contractFilingDoc(meta: PrintMeta, c: ContractDetail, filingDue: string | null): TDocumentDefinitions {
  const vote = c.vote
  return {
    pageSize: 'A4',
    pageMargins: portraitMargins,
    styles,
    footer: pageNumbers,
    info: { title: `集体合同备案表-${c.title}` },
    content: [
      { text: '集体合同报送备案表', style: 'title' },
      fieldGrid([
        ['合同名称', c.title],
        ['合同类别', kindTitle(c)],
        ['工会方', `${c.unionSide ?? meta.unionName}　首席代表：${chiefOf(c.negotiators.union)}`],
        ['企业方', `${employerName(c) || '—'}　首席代表：${chiefOf(c.negotiators.employer)}`],
        ['覆盖企业', `${c.enterprises.length} 家${c.enterprises.length ? `（${c.enterprises.slice(0, 5).map((e) => e.name).join('、')}${c.enterprises.length > 5 ? ' 等' : ''}）` : ''}`],
        ['覆盖职工', `${c.workersCovered} 人`],
        ['合同期限', `${dateOrBlank(c.termStart)} 至 ${dateOrBlank(c.termEnd)}`],
        ['审议表决', vote ? `应到 ${vote.total} 人，实到 ${vote.present} 人，赞成 ${vote.approve} 票` : '—'],
        ['签订日期', dateOrBlank(c.signedDate)],
        ['报送期限', filingDue ? `${chineseDate(filingDue)}前（签订后十日内）` : '—'],
        ['报送日期', dateOrBlank(c.filedDate)],
        ['报送份数', '叁份'],
      ]),
      { text: '劳动行政部门审查意见', bold: true, margin: [0, 16, 0, 6] },
      fieldGrid([
        ['收到日期', dateOrBlank(c.receivedDate)],
        ['审查意见', c.objected ? '有异议（见审查意见书）' : c.receivedDate ? '自收到之日起十五日内未提出异议，合同生效' : ' '],
        ['生效日期', c.check.effectiveDate ? chineseDate(c.check.effectiveDate) : ' '],
        ['经办人', ' '],
        // Room for the department's seal inside the form, so the form stays on one page.
        ['部门盖章', { text: '（盖章）\n\n____年____月____日', alignment: 'right', margin: [4, 24, 16, 8] }],
      ]),
    ],
  }
}
