import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Space } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { MemberDetail } from '../../shared/contract/members'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useMemberList, useOrgOptions } from './api'
import { copy, orgQuickCopy } from './copy'
import { ExportModal } from './ExportModal'
import { MemberDrawer } from './MemberDrawer'
import { MemberFilters, type MemberFilter } from './MemberFilters'
import { MemberFormModal } from './MemberFormModal'
import { MemberSearchBox } from './MemberSearchBox'
import { MemberTable, type Sort } from './MemberTable'
import { QuickOrgModal } from './QuickOrgModal'

type Dialog = { kind: 'form'; editing: MemberDetail | null } | { kind: 'export' } | { kind: 'org' } | null

export function MemberListPage() {
  const navigate = useNavigate()
  const [filter, setFilter] = useState<MemberFilter>({})
  const [sort, setSort] = useState<Sort>({ field: 'name', order: 'asc' })
  const [paging, setPaging] = useState({ page: 1, pageSize: 100 })
  const [openId, setOpenId] = useState<string | null>(null)
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
      title={copy.listTitle}
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
      styles={{ body: { paddingTop: 16 } }}
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
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
        <MemberSearchBox onSearch={(q) => refilter({ ...filter, q: q || undefined })} onPick={setOpenId} />
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
      <MemberDrawer id={openId} onClose={() => setOpenId(null)} onEdit={(m) => setDialog({ kind: 'form', editing: m })} />
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
    </Card>
  )
}
