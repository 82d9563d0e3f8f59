import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Space } from 'antd'
import { lazy, Suspense, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import type { MemberDetail } from '../../shared/contract/members'
import { ErrorAlert } from '../ui/ErrorAlert'
import { firstListPage, useMemberList, useOrgOptions } from './api'
import { copy, orgQuickCopy } from './copy'
import { memberFilterFromUrl } from './filter-from-url'
import { MemberFilters, type MemberFilter } from './MemberFilters'
import { MemberSearchBox } from './MemberSearchBox'
import { MemberTable, type Sort } from './MemberTable'

// The register's rows are the first screen; the drawer and the dialogs (date pickers, ID checks) load just after.
const MemberDrawer = lazy(() => import('./MemberDrawer').then((m) => ({ default: m.MemberDrawer })))
const MemberFormModal = lazy(() => import('./MemberFormModal').then((m) => ({ default: m.MemberFormModal })))
const QuickOrgModal = lazy(() => import('./QuickOrgModal').then((m) => ({ default: m.QuickOrgModal })))
const ExportModal = lazy(() => import('./ExportModal').then((m) => ({ default: m.ExportModal })))

type Dialog = { kind: 'form'; editing: MemberDetail | null } | { kind: 'export' } | { kind: 'org' } | null

export function MemberListPage() {
  const navigate = useNavigate()
  const [params] = useSearchParams()
  // A workbench figure or chart bar opens the register already filtered (issue 16).
  const [filter, setFilter] = useState<MemberFilter>(() => memberFilterFromUrl(params))
  const [sort, setSort] = useState<Sort>({ field: firstListPage.sort, order: firstListPage.order })
  const [paging, setPaging] = useState<{ page: number; pageSize: number }>({ page: firstListPage.page, pageSize: firstListPage.pageSize })
  const [openId, setOpenId] = useState<string | null>(null)
  // The drawer's code (and its date pickers) loads on the first opening, not while the first rows are awaited.
  const [drawerUsed, setDrawerUsed] = useState(false)
  if (openId !== null && !drawerUsed) setDrawerUsed(true)
  const [dialog, setDialog] = useState<Dialog>(null)
  const list = useMemberList({ ...filter, sort: sort.field, order: sort.order, ...paging })
  const orgs = useOrgOptions()
  // Issue 13: on a new database nothing else would say that a union must exist before any member.
  const noOrgs = orgs.data !== undefined && orgs.data.length === 0
  const unfiltered = Object.values(filter).every((v) => v === undefined || v === '')
  // A new filter or sort starts again from the first page; the page size is kept.
  const refilter = (next: MemberFilter) => {
    setFilter(next)
    setPaging((p) => ({ ...p, page: 1 }))
  }

  return (
    <Card
      size="small"
      title={
        <Space size={16}>
          {copy.listTitle}
          <MemberSearchBox onSearch={(q) => refilter({ ...filter, q: q || undefined })} onPick={setOpenId} />
        </Space>
      }
      extra={
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'form', editing: null })}>
            {copy.add}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => void navigate('import')}>
            {copy.import}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => setDialog({ kind: 'export' })}>
            {copy.export}
          </Button>
        </Space>
      }
      styles={{ header: { paddingBlock: 8 }, body: { paddingBlock: 12 } }}
    >
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {noOrgs ? (
          <Alert
            type="info"
            showIcon
            data-testid="no-orgs-yet"
            title={orgQuickCopy.orderTitle}
            description={orgQuickCopy.orderBody}
            action={<Button type="primary" onClick={() => setDialog({ kind: 'org' })}>{orgQuickCopy.add}</Button>}
          />
        ) : null}
        <MemberFilters value={filter} onChange={refilter} />
        <ErrorAlert error={list.error} />
        <MemberTable
          data={list.data}
          loading={list.isFetching}
          sort={sort}
          unfiltered={unfiltered}
          onSort={(s) => {
            setSort(s)
            setPaging((p) => ({ ...p, page: 1 }))
          }}
          onPage={(page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })}
          onOpen={setOpenId}
        />
      </Space>
      {/* One boundary each: the form's first load must not hide an open drawer. */}
      <Suspense fallback={null}>
        {drawerUsed ? <MemberDrawer id={openId} onClose={() => setOpenId(null)} onEdit={(m) => setDialog({ kind: 'form', editing: m })} /> : null}
      </Suspense>
      <Suspense fallback={null}>
        {dialog?.kind === 'form' ? (
          <MemberFormModal
            editing={dialog.editing}
            defaultOrgId={filter.orgId}
            onClose={() => setDialog(null)}
            onSaved={(id) => {
              setDialog(null)
              setOpenId(id)
            }}
          />
        ) : null}
        {dialog?.kind === 'org' ? <QuickOrgModal onClose={() => setDialog(null)} onCreated={() => setDialog(null)} /> : null}
        {dialog?.kind === 'export' ? <ExportModal filter={filter} listTotal={list.data?.total} onClose={() => setDialog(null)} /> : null}
      </Suspense>
    </Card>
  )
}
