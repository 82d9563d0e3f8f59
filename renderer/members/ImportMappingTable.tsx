import { Select, Table, Typography, type TableColumnsType } from 'antd'
import type { ImportColumn } from '../../shared/contract/members'
import { memberColumns, type MemberColumnKey } from '../../shared/members/columns'
import { importCopy as text } from './copy'

export type Mapping = Record<string, MemberColumnKey | null>

/** antd's Select cannot hold null as a value; this stands for "do not import the column". */
const IGNORE = '__ignore__'
const fieldOptions = [
  { value: IGNORE, label: text.ignore },
  ...memberColumns.map((c) => ({ value: c.key, label: c.header })),
]
const isColumnKey = (v: string): v is MemberColumnKey => memberColumns.some((c) => c.key === v)

interface Props {
  columns: readonly ImportColumn[]
  mapping: Mapping
  onChange: (next: Mapping) => void
}

export function ImportMappingTable({ columns, mapping, onChange }: Props) {
  const tableColumns: TableColumnsType<ImportColumn> = [
    { title: text.columnHeader, dataIndex: 'header', width: 180, render: (h: string) => <Typography.Text strong>{h}</Typography.Text> },
    {
      title: text.columnSamples,
      dataIndex: 'samples',
      ellipsis: true,
      // As the file showed them; a date beside it when it is read as a different text (2013/3/10 → 2013-03-10).
      render: (s: string[], c) => (
        <Typography.Text type="secondary">
          {s.map((v, i) => (c.sampleDates[i] && c.sampleDates[i] !== v ? `${v}${text.readAs(c.sampleDates[i])}` : v)).filter(Boolean).join('、') || '—'}
        </Typography.Text>
      ),
    },
    {
      title: text.columnField,
      key: 'field',
      width: 220,
      render: (_: unknown, c) => {
        const field = c.header in mapping ? mapping[c.header] : c.field
        return (
          <Select
            aria-label={`${text.columnField}：${c.header}`}
            style={{ width: '100%' }}
            showSearch
            optionFilterProp="label"
            value={field ?? IGNORE}
            options={fieldOptions}
            onChange={(v: string) => onChange({ ...mapping, [c.header]: isColumnKey(v) ? v : null })}
          />
        )
      },
    },
  ]
  return <Table<ImportColumn> size="small" rowKey="index" dataSource={[...columns]} columns={tableColumns} pagination={false} />
}
