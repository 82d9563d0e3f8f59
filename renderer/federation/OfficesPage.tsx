import { Alert, App, Button, Card, Descriptions, InputNumber, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import type { ImportOutcome } from '../../shared/contract/federation'
import { defaultOverdueDays, type FederationOffice } from '../../shared/contract/federation-views'
import { formatInstant } from '../../shared/dates'
import { AppError } from '../../shared/errors'
import { downloadFile, downloadPayload, readFilePayload } from '../ui/download'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useFederationOffices, useImportPackage, useOwnKeyCard, useRegisterOffice } from './api'
import { copy } from './copy'

const when = (iso: string | null) => (iso ? formatInstant(iso) : '—')

const columns: ColumnsType<FederationOffice> = [
  {
    title: copy.colOffice,
    key: 'office',
    render: (_, o) => (
      <Space size={4}>
        <span>{o.unionName}</span>
        {o.overdue ? <Tag color="red">{copy.overdueTag}</Tag> : null}
        {o.auditWarning ? (
          <Tooltip title={o.auditWarning}>
            <Tag color="red">{copy.auditWarningTag}</Tag>
          </Tooltip>
        ) : null}
      </Space>
    ),
  },
  { title: copy.colFingerprint, dataIndex: 'fingerprint', width: 200, render: (fp: string) => <Typography.Text style={{ fontSize: 12 }} copyable>{fp}</Typography.Text> },
  {
    title: copy.colLastSequence,
    key: 'seq',
    width: 110,
    render: (_, o) => (o.lastSequence === 0 ? copy.never : `${copy.sequenceText(o.lastSequence)}（${o.lastKind === 'full' ? copy.full : copy.incremental}）`),
  },
  { title: copy.colLastPackageAt, dataIndex: 'lastPackageAt', width: 150, render: when },
  { title: copy.colLastImportedAt, dataIndex: 'lastImportedAt', width: 150, render: when },
  {
    title: copy.colDaysSince,
    dataIndex: 'daysSince',
    width: 90,
    align: 'right',
    render: (n: number, o) => <Typography.Text type={o.overdue ? 'danger' : undefined}>{copy.daysText(n)}</Typography.Text>,
  },
  { title: copy.colMembers, dataIndex: 'members', width: 90, align: 'right' },
  { title: copy.colOpenConflicts, dataIndex: 'openConflicts', width: 96, align: 'right', render: (n: number) => (n > 0 ? <Tag color="orange">{n}</Tag> : 0) },
]

function textPayload(fileName: string, text: string) {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return { fileName, contentBase64: btoa(binary) }
}

function OwnCard() {
  const own = useOwnKeyCard()
  return (
    <Card size="small" title={copy.ownCard} style={{ flex: 1 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{copy.ownCardHint}</Typography.Paragraph>
      <Space wrap>
        <Button loading={own.isPending} onClick={() => own.mutate(undefined, { onSuccess: (f) => downloadPayload(textPayload(f.fileName, f.text), 'application/json') })}>
          {copy.exportOwnCard}
        </Button>
        {own.data ? <Typography.Text strong>{copy.ownFingerprint(own.data.card.fingerprint)}</Typography.Text> : null}
      </Space>
      <ErrorAlert error={own.error} />
    </Card>
  )
}

/** Registering a card: a card of an office already registered under its credit code asks before it replaces. */
function RegisterCard() {
  const { message } = App.useApp()
  const register = useRegisterOffice()
  const [pending, setPending] = useState<string | null>(null)
  const submit = (card: string, replace: boolean) =>
    register.mutate(
      { card, replace },
      {
        onSuccess: (r) => {
          setPending(null)
          void message.success(r.alreadyRegistered ? copy.alreadyRegistered(r.unionName) : copy.registered(r.unionName, r.fingerprint))
        },
        onError: (err) => setPending(err instanceof AppError && err.detail.field === 'replace' ? card : null),
      },
    )
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Upload accept=".json,application/json" showUploadList={false} beforeUpload={(file) => { void file.text().then((t) => submit(t, false)); return false }}>
        <Button type="primary" loading={register.isPending}>{copy.registerCard}</Button>
      </Upload>
      <ErrorAlert error={register.error} />
      {pending !== null ? (
        <Button danger onClick={() => submit(pending, true)}>{copy.replaceCard}</Button>
      ) : null}
    </Space>
  )
}

function ImportResult({ r }: { r: ImportOutcome }) {
  return (
    <Alert
      type={r.conflicts.length > 0 ? 'warning' : 'success'}
      showIcon
      title={r.message}
      description={
        <Descriptions size="small" column={1} data-testid="import-result">
          <Descriptions.Item label={copy.colOffice}>{`${r.sender} · ${copy.sequenceText(r.sequence)}（${r.kind === 'full' ? copy.full : copy.incremental}）`}</Descriptions.Item>
          <Descriptions.Item label={copy.importTitle}>{copy.importCounts(r.inserted, r.updated, r.deleted)}</Descriptions.Item>
          <Descriptions.Item label={copy.conflicts}>{copy.importConflicts(r.conflicts.length)}</Descriptions.Item>
          <Descriptions.Item label={copy.receiptAt}>
            {r.receiptFile ? <Button size="small" onClick={() => r.receiptFile && downloadFile(r.receiptFile)}>{copy.downloadReceipt}</Button> : r.receipt}
          </Descriptions.Item>
        </Descriptions>
      }
    />
  )
}

function ImportPackage() {
  const imp = useImportPackage()
  const upload = async (file: File) => imp.mutate({ file: await readFilePayload(file) })
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Upload accept=".udx" showUploadList={false} beforeUpload={(file) => { void upload(file); return false }}>
        <Button type="primary" loading={imp.isPending}>{copy.importPackage}</Button>
      </Upload>
      <ErrorAlert error={imp.error} />
      {imp.data ? <ImportResult r={imp.data} /> : null}
    </Space>
  )
}

/** 下级单位: the offices this federation registered, their last package, who is overdue; registering and importing. */
export function OfficesPage() {
  const [overdueDays, setOverdueDays] = useState(defaultOverdueDays)
  const list = useFederationOffices(overdueDays)
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{copy.offices}</Typography.Title>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <OwnCard />
        <Card size="small" title={copy.registerCardTitle} style={{ flex: 1 }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{copy.registerCardHint}</Typography.Paragraph>
          <RegisterCard />
        </Card>
        <Card size="small" title={copy.importPackage} style={{ flex: 1.4 }}>
          <ImportPackage />
        </Card>
      </div>
      <Space wrap>
        <Typography.Text>{copy.overdueDaysLabel}</Typography.Text>
        <InputNumber min={1} max={366} value={overdueDays} onChange={(v) => setOverdueDays(v ?? defaultOverdueDays)} aria-label={copy.overdueDaysLabel} />
        {list.data ? (
          <Typography.Text type={list.data.overdueCount > 0 ? 'danger' : 'secondary'} data-testid="overdue-count">
            {copy.overdueCount(list.data.overdueCount, list.data.overdueDays)}
          </Typography.Text>
        ) : null}
      </Space>
      <ErrorAlert error={list.error} />
      <Table
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.offices ?? []}
        rowClassName={(o) => (o.overdue ? 'federation-overdue' : '')}
        onRow={(o) => (o.overdue ? { style: { background: '#fff1f0' } } : {})}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        locale={{ emptyText: copy.empty }}
      />
    </Space>
  )
}
