import { App, Button, Form, Input, Modal, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import type { ConflictSide, FederationConflict } from '../../shared/contract/federation-views'
import { memberStatusLabels } from '../../shared/members/fields'
import { formatInstant } from '../../shared/dates'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useFederationConflicts, useResolveConflict } from './api'
import { copy } from './copy'

const stateFilters = ['open', 'resolved', 'all'] as const
type StateFilter = (typeof stateFilters)[number]

function Side({ s }: { s: ConflictSide }) {
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text strong>{s.officeName}</Typography.Text>
      <span>
        {s.name ?? copy.sideGone}
        {s.status ? <Typography.Text type="secondary">{` · ${memberStatusLabels[s.status]}`}</Typography.Text> : null}
        {s.counted ? null : <Tag style={{ marginLeft: 6 }}>{copy.notCounted}</Tag>}
      </span>
      {s.employerName ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.employerName}</Typography.Text> : null}
    </Space>
  )
}

function Actions({ c, onKeepBoth }: { c: FederationConflict; onKeepBoth: (c: FederationConflict) => void }) {
  const { message } = App.useApp()
  const resolve = useResolveConflict()
  if (c.state !== 'open') {
    const kept = c.keptOfficeId === c.first.officeId ? c.first.officeName : c.keptOfficeId === c.second.officeId ? c.second.officeName : null
    return (
      <Space orientation="vertical" size={0}>
        <Tag color="green">{copy.resolvedAs(copy.stateLabels[c.state], kept)}</Tag>
        {c.note ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.note}</Typography.Text> : null}
        {c.resolvedAt ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${formatInstant(c.resolvedAt)} ${c.resolvedBy ?? ''}`}</Typography.Text> : null}
      </Space>
    )
  }
  const keep = (side: ConflictSide, other: ConflictSide) => (
    <Popconfirm
      title={copy.keepOneConfirm(side.officeName, other.officeName)}
      onConfirm={() => resolve.mutate({ id: c.id, resolution: 'keep_one', keptOfficeId: side.officeId }, { onError: (e) => void message.error(e.message) })}
    >
      <Button size="small" loading={resolve.isPending}>{copy.keepThis(side.officeName)}</Button>
    </Popconfirm>
  )
  return (
    <Space orientation="vertical" size={4}>
      {keep(c.first, c.second)}
      {keep(c.second, c.first)}
      <Button size="small" onClick={() => onKeepBoth(c)}>{copy.keepBoth}</Button>
    </Space>
  )
}

/** 两方均保留 needs a note saying why; core refuses it without one. */
function KeepBothModal({ conflict, onClose }: { conflict: FederationConflict | null; onClose: () => void }) {
  const [form] = Form.useForm<{ note: string }>()
  const resolve = useResolveConflict()
  const submit = ({ note }: { note: string }) => {
    if (!conflict) return
    resolve.mutate({ id: conflict.id, resolution: 'keep_both', note }, { onSuccess: () => { form.resetFields(); onClose() } })
  }
  return (
    <Modal open={conflict !== null} title={copy.keepBothTitle} onCancel={onClose} onOk={() => form.submit()} confirmLoading={resolve.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary">{copy.keepBothHint}</Typography.Paragraph>
      <ErrorAlert error={resolve.error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="note" label={copy.noteLabel} rules={[{ required: true, whitespace: true, message: `请填写${copy.noteLabel}` }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

/** 冲突清单: one ID number standing in two offices; keep one (the other is no longer counted) or keep both with a note. */
export function ConflictsPage() {
  const [state, setState] = useState<StateFilter>('open')
  const [page, setPage] = useState(1)
  const [keepBoth, setKeepBoth] = useState<FederationConflict | null>(null)
  const list = useFederationConflicts({ state, page, pageSize: 20 })
  const columns: ColumnsType<FederationConflict> = [
    { title: copy.colIdNumber, dataIndex: 'idNumberMasked', width: 170 },
    { title: copy.colFirst, key: 'first', render: (_, c) => <Side s={c.first} /> },
    { title: copy.colSecond, key: 'second', render: (_, c) => <Side s={c.second} /> },
    { title: copy.colDetectedAt, dataIndex: 'detectedAt', width: 140, render: (v: string) => formatInstant(v) },
    { title: copy.colAction, key: 'action', width: 220, render: (_, c) => <Actions c={c} onKeepBoth={setKeepBoth} /> },
  ]
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{copy.conflicts}</Typography.Title>
      <Typography.Text type="secondary">{copy.conflictsIntro}</Typography.Text>
      <Segmented<StateFilter>
        value={state}
        onChange={(v) => { setState(v); setPage(1) }}
        options={stateFilters.map((k) => ({ value: k, label: k === 'open' && list.data ? `${copy.stateFilter.open}（${list.data.openTotal}）` : copy.stateFilter[k] }))}
      />
      <ErrorAlert error={list.error} />
      <Table
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.rows ?? []}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true, showSizeChanger: false }}
      />
      <KeepBothModal conflict={keepBoth} onClose={() => setKeepBoth(null)} />
    </Space>
  )
}
