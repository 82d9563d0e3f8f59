import { App, Button, Card, Popconfirm, Space, Table, type TableColumnsType } from 'antd'
import { useState } from 'react'
import type { Enterprise, OrgDetail } from '../../shared/contract/orgs'
import { errorText } from '../ui/error-text'
import { useSaveOrg } from './api'
import { copy } from './copy'
import { EnterpriseFormModal } from './EnterpriseFormModal'
import { orgToInput } from './org-input'

const text = copy.enterprises

export function EnterpriseTable({ org }: { org: OrgDetail }) {
  const [editing, setEditing] = useState<Enterprise | null>(null)
  const [open, setOpen] = useState(false)
  const save = useSaveOrg()
  const { message } = App.useApp()
  const editable = org.status === 'active'

  const remove = (e: Enterprise) => {
    const input = orgToInput(org)
    return save
      .mutateAsync({ ...input, enterprises: (input.enterprises ?? []).filter((x) => x.id !== e.id) })
      .then(() => void message.success(text.removed))
      .catch((err: unknown) => void message.error(errorText(err)))
  }

  const columns: TableColumnsType<Enterprise> = [
    { title: text.labels.name, dataIndex: 'name', ellipsis: true },
    { title: text.labels.creditCode, dataIndex: 'creditCode', width: 190, render: (v: string | null) => v ?? '—' },
    { title: text.labels.industry, dataIndex: 'industry', width: 110, render: (v: string | null) => v ?? '—' },
    { title: text.labels.employeeCount, dataIndex: 'employeeCount', width: 90, align: 'right', render: (v: number | null) => v ?? '—' },
  ]
  if (editable) {
    columns.push({
      title: '',
      key: 'actions',
      width: 120,
      render: (_: unknown, e) => (
        <Space size={4}>
          <Button
            type="link"
            size="small"
            onClick={() => {
              setEditing(e)
              setOpen(true)
            }}
          >
            {text.edit}
          </Button>
          <Popconfirm title={text.removeConfirm(e.name)} okText={text.remove} cancelText={copy.cancel} onConfirm={() => remove(e)}>
            <Button type="link" size="small" danger>
              {text.remove}
            </Button>
          </Popconfirm>
        </Space>
      ),
    })
  }

  return (
    <Card
      size="small"
      title={`${text.title}（${org.enterprises.length}）`}
      extra={
        editable ? (
          <Button
            size="small"
            onClick={() => {
              setEditing(null)
              setOpen(true)
            }}
          >
            {text.add}
          </Button>
        ) : null
      }
    >
      <Table
        rowKey="id"
        size="small"
        pagination={org.enterprises.length > 10 ? { pageSize: 10, size: 'small' } : false}
        dataSource={org.enterprises}
        columns={columns}
        locale={{ emptyText: text.empty }}
      />
      {open ? <EnterpriseFormModal org={org} editing={editing} open={open} onClose={() => setOpen(false)} /> : null}
    </Card>
  )
}
