import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { formatChineseYmd } from '../../../../shared/dates'
import type { HardshipFile } from '../../../../shared/hardship/types'
import { letterhead, moneyPlain, pageNumbers, portraitMargins, sealArea, styles } from './common'
import type { PrintMeta } from './types'

const v = (x: string | null | undefined) => x ?? '—'
const th = (t: string) => ({ text: t, style: 'th' })

/** 困难职工档案表 (一户一档): household, income, rigid expenses, the category calculation step by step, history. */
export function hardshipFileDoc(meta: PrintMeta, f: HardshipFile): TDocumentDefinitions {
  const c = f.calculation
  const content: Content[] = [
    letterhead(meta.unionName),
    { text: '困难职工档案表', style: 'title' },
    {
      table: {
        widths: [70, '*', 70, '*'],
        body: [
          [{ text: '职工姓名', style: 'label' }, f.memberName, { text: '身份证号', style: 'label' }, f.idNumber],
          [{ text: '困难类别', style: 'label' }, v(f.category), { text: '建档日期', style: 'label' }, f.registeredOn ? formatChineseYmd(f.registeredOn) : '—'],
          [{ text: '致困原因', style: 'label' }, f.causes.join('、') || '—', { text: '联系电话', style: 'label' }, v(f.phone)],
          [{ text: '家庭住址', style: 'label' }, { text: v(f.address), colSpan: 3 }, '', ''],
          [{ text: '认定理由', style: 'label' }, { text: v(f.categoryReason), colSpan: 3 }, '', ''],
        ],
      },
      style: 'cell',
    },
    { text: '家庭成员', bold: true, margin: [0, 10, 0, 4] },
    {
      table: {
        headerRows: 1,
        widths: [56, 44, 110, 30, '*', '*', 60],
        body: [
          ['姓名', '关系', '身份证号', '年龄', '健康状况', '就业状况', '月收入（元）'].map(th),
          ...f.familyMembers.map((m) => [m.name, m.relation, v(m.idNumber), m.age === null ? '—' : String(m.age), v(m.health), v(m.employment), { text: moneyPlain(m.monthlyIncomeFen), alignment: 'right' as const }]),
        ],
      },
      style: 'td',
    },
    {
      columns: [
        {
          width: '*',
          table: {
            headerRows: 1,
            widths: ['*', 70],
            body: [['家庭收入', '年额（元）'].map(th), ...f.incomes.map((i) => [i.note ? `${i.kind}（${i.note}）` : i.kind, { text: moneyPlain(i.annualFen), alignment: 'right' as const }])],
          },
          style: 'td',
        },
        {
          width: '*',
          table: {
            headerRows: 1,
            widths: ['*', 70],
            body: [['刚性支出', '年额（元）'].map(th), ...f.expenses.map((e) => [e.note ? `${e.kind}（${e.note}）` : e.kind, { text: moneyPlain(e.annualFen), alignment: 'right' as const }])],
          },
          style: 'td',
        },
      ],
      columnGap: 12,
      margin: [0, 10, 0, 0],
    },
    { text: '类别测算', bold: true, margin: [0, 10, 0, 4] },
    {
      text: `家庭人口 ${c.householdSize} 人；家庭年收入 ${moneyPlain(c.annualIncomeFen)} 元；年刚性支出 ${moneyPlain(c.rigidExpensesFen)} 元；人均月收入 M = ${moneyPlain(c.perCapitaMonthlyFen)} 元；当地低保标准 L = ${moneyPlain(c.dibaoLineFen)} 元；测算结果：${c.suggested ?? '不属于收入型困难'}。`,
      fontSize: 10,
      lineHeight: 1.5,
    },
    ...c.steps.map((s) => ({ text: s, fontSize: 9, color: '#333333' })),
    { text: '办理记录', bold: true, margin: [0, 10, 0, 4] },
    {
      table: {
        headerRows: 1,
        widths: [90, 70, 70, '*'],
        body: [['日期', '环节', '经办人', '说明'].map(th), ...f.events.map((e) => [formatChineseYmd(e.date), e.step, e.operator, v(e.note)])],
      },
      style: 'td',
    },
    { text: '入户调查人（签字）：____________    ____________        日期：____年__月__日', margin: [0, 16, 0, 0] },
    sealArea(meta.unionName, meta.date),
  ]
  return { pageSize: 'A4', pageMargins: portraitMargins, styles, content, footer: pageNumbers, info: { title: `困难职工档案表 ${f.memberName}` } }
}
