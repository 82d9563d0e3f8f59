import { useEffect, useState } from 'react'
import { Empty, Table, Typography, type TableColumnsType, type TableProps } from 'antd'
import type { MemberPage, MemberSummary } from '../../shared/contract/members'
import { copy } from './copy'
import { MemberStatusTag } from './MemberStatusTag'

export type SortField = 'name' | 'birthDate'
export interface Sort {
  field: SortField
  order: 'asc' | 'desc'
}

const c = copy.columns
const mono = { fontFamily: 'monospace' }
const dash = (v: string | null) => v ?? '—'

function columns(sort: Sort): TableColumnsType<MemberSummary> {
  const sortOrder = (field: SortField) => (sort.field === field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null)
  return [
    { title: c.name, dataIndex: 'name', key: 'name', width: 130, fixed: 'left', sorter: true, sortOrder: sortOrder('name'), ellipsis: true },
    { title: c.idNumber, dataIndex: 'idNumber', width: 180, render: (v: string) => <span style={mono}>{v}</span> },
    { title: c.gender, dataIndex: 'gender', width: 64, align: 'center', render: dash },
    { title: c.birthDate, dataIndex: 'birthDate', key: 'birthDate', width: 120, sorter: true, sortOrder: sortOrder('birthDate'), render: dash },
    { title: c.age, dataIndex: 'age', width: 64, align: 'right', render: (v: number | null) => v ?? '—' },
    { title: c.status, dataIndex: 'status', width: 90, render: (_: unknown, m) => <MemberStatusTag status={m.status} /> },
    { title: c.org, dataIndex: 'orgName', width: 210, ellipsis: true },
    { title: c.phone, dataIndex: 'phone', width: 130, render: (v: string | null) => (v ? <span style={mono}>{v}</span> : '—') },
    { title: c.migrant, dataIndex: 'isMigrant', width: 76, align: 'center', render: (v: boolean) => (v ? copy.yes : '') },
    { title: c.newFormType, dataIndex: 'newFormType', width: 110, render: dash },
    { title: c.enterprise, dataIndex: 'enterpriseName', width: 180, ellipsis: true, render: dash },
  ]
}

const scrollX = 1364
/** Room taken by the header, toolbar, filters, table header and pager at the usual window sizes. */
const chrome = 400

/** The virtual list needs a height in pixels; it follows the window so the pager stays in view. */
function useBodyHeight(): number {
  const [h, setH] = useState(() => Math.max(320, window.innerHeight - chrome))
  useEffect(() => {
    const onResize = () => setH(Math.max(320, window.innerHeight - chrome))
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return h
}

interface Props {
  data: MemberPage | undefined
  loading: boolean
  sort: Sort
  /** True when no filter is set: an empty result then means an empty register, which gets its own hint. */
  unfiltered: boolean
  onSort: (sort: Sort) => void
  onPage: (page: number, pageSize: number) => void
  onOpen: (id: string) => void
}

export function MemberTable({ data, loading, sort, unfiltered, onSort, onPage, onOpen }: Props) {
  const height = useBodyHeight()
  const onChange: TableProps<MemberSummary>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort' || Array.isArray(sorter)) return
    const field = sorter.columnKey === 'birthDate' ? 'birthDate' : 'name'
    // A third click clears antd's sort; the register then falls back to its default order by name.
    if (!sorter.order) onSort({ field: 'name', order: 'asc' })
    else onSort({ field, order: sorter.order === 'ascend' ? 'asc' : 'desc' })
  }
  return (
    <Table<MemberSummary>
      rowKey="id"
      size="small"
      virtual
      // A fixed height keeps the page still and lets the virtual list render only the rows in view.
      scroll={{ x: scrollX, y: height }}
      loading={loading}
      dataSource={data?.items ?? []}
      columns={columns(sort)}
      onChange={onChange}
      onRow={(m) => ({ onClick: () => onOpen(m.id), style: { cursor: 'pointer' } })}
      locale={{ emptyText: <Empty description={unfiltered ? copy.emptyRegister : copy.emptyList} /> }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 100,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [50, 100, 200, 500],
        showQuickJumper: true,
        showTotal: (n) => <Typography.Text type="secondary">{copy.total(n)}</Typography.Text>,
        onChange: onPage,
      }}
    />
  )
}
