import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
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
const mono = { fontFamily: 'monospace', fontSize: 13 }
const dash = (v: string | null) => v ?? '—'

/**
 * Widths add up to what a 1366-pixel screen leaves beside the menu, so 新就业形态 and 所属企业 show without sideways
 * scrolling; wider screens stretch the columns. Gender and birth date share a column; long names end in "…" and show
 * in full on hover (the cell's title).
 */
function columns(sort: Sort): TableColumnsType<MemberSummary> {
  const sortOrder = (field: SortField) => (sort.field === field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null)
  return [
    { title: c.name, dataIndex: 'name', key: 'name', width: 124, fixed: 'left', sorter: true, sortOrder: sortOrder('name'), ellipsis: true },
    { title: c.idNumber, dataIndex: 'idNumber', width: 162, render: (v: string) => <span style={mono}>{v}</span> },
    {
      title: c.genderBirth,
      dataIndex: 'birthDate',
      key: 'birthDate',
      width: 124,
      sorter: true,
      sortOrder: sortOrder('birthDate'),
      render: (_: unknown, m) => `${m.gender ?? '—'} ${m.birthDate ?? '—'}`,
    },
    { title: c.age, dataIndex: 'age', width: 50, align: 'right', render: (v: number | null) => v ?? '—' },
    { title: c.status, dataIndex: 'status', width: 80, render: (_: unknown, m) => <MemberStatusTag status={m.status} /> },
    { title: c.org, dataIndex: 'orgName', width: 152, ellipsis: true },
    { title: c.phone, dataIndex: 'phone', width: 112, render: (v: string | null) => (v ? <span style={mono}>{v}</span> : '—') },
    { title: c.migrant, dataIndex: 'isMigrant', width: 64, align: 'center', render: (v: boolean) => (v ? copy.yes : '') },
    { title: c.newFormType, dataIndex: 'newFormType', width: 100, ellipsis: true, render: dash },
    { title: c.enterprise, dataIndex: 'enterpriseName', width: 160, ellipsis: true, render: dash },
  ]
}

const scrollX = 1128
/** Below the table body: its pager (with margin) and the card's and page's bottom padding. */
const belowBody = 86
const minBody = 240

/**
 * The virtual list needs its height in pixels. It is what the window leaves below the table's header, so the rows fill
 * the screen at any size and the pager stays in view; measured after each render (filters may wrap, a hint may show).
 */
function useBodyHeight(): { ref: RefObject<HTMLDivElement | null>; height: number } {
  const ref = useRef<HTMLDivElement>(null)
  const [height, setHeight] = useState(minBody)
  const measure = useCallback(() => {
    const el = ref.current
    if (!el) return
    const header = el.querySelector('.ant-table-header')?.getBoundingClientRect().height ?? 32
    const next = Math.max(minBody, Math.floor(window.innerHeight - el.getBoundingClientRect().top - header - belowBody))
    setHeight((h) => (h === next ? h : next))
  }, [])
  useLayoutEffect(measure)
  useEffect(() => {
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [measure])
  return { ref, height }
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
  const { ref, height } = useBodyHeight()
  const onChange: TableProps<MemberSummary>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort' || Array.isArray(sorter)) return
    const field = sorter.columnKey === 'birthDate' ? 'birthDate' : 'name'
    // A third click clears antd's sort; the register then falls back to its default order by name.
    if (!sorter.order) onSort({ field: 'name', order: 'asc' })
    else onSort({ field, order: sorter.order === 'ascend' ? 'asc' : 'desc' })
  }
  return (
    <div ref={ref}>
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
    </div>
  )
}
