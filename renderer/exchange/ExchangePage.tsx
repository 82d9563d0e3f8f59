import { Alert, App, Button, Card, Checkbox, Col, Descriptions, Empty, Form, Input, Popconfirm, Progress, Row, Space, Table, Tag, Typography, Upload } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import type { ExchangeOverview, KeyCardView, OutboundPackage } from '../../shared/contract/exchange'
import { formatInstant } from '../../shared/dates'
import { fileSize } from '../ui/AttachmentLine'
import { downloadFile, readFilePayload } from '../ui/download'
import { ErrorAlert } from '../ui/ErrorAlert'
import { errorText } from '../ui/error-text'
import { useElapsedSeconds } from '../ui/useElapsedSeconds'
import { useExchangeOverview, useExportPackage, useImportReceipt, useInitKeys, useKeyCardFile, useSetUpstream } from './api'
import { copy } from './copy'
import { ProvincialExportCard } from './ProvincialExportCard'

/** The fingerprint as two lines of four groups: read out over the phone group by group. */
function Fingerprint({ value }: { value: string }) {
  const groups = value.split(' ')
  return (
    <div aria-label={copy.fingerprint} style={{ fontFamily: 'monospace', fontSize: 16, letterSpacing: 1 }}>
      <div>{groups.slice(0, 4).join('  ')}</div>
      <div>{groups.slice(4).join('  ')}</div>
    </div>
  )
}

function CardFacts({ card, extra }: { card: KeyCardView; extra?: string }) {
  return (
    <Descriptions size="small" column={1} items={[
      { key: 'name', label: card.unionName, children: <Typography.Text type="secondary">{card.level}{card.creditCode ? ` · ${copy.creditCode} ${card.creditCode}` : ''}</Typography.Text> },
      { key: 'fp', label: copy.fingerprint, children: <Fingerprint value={card.fingerprint} /> },
      ...(extra ? [{ key: 'extra', label: '', children: <Typography.Text type="secondary">{extra}</Typography.Text> }] : []),
    ]} />
  )
}

/** Reads a chosen card file as text; the core parses and checks it. */
async function fileText(file: File): Promise<string> {
  return new TextDecoder().decode(await file.arrayBuffer())
}

function UpstreamCard({ overview }: { overview: ExchangeOverview }) {
  const { message } = App.useApp()
  const setUpstream = useSetUpstream()
  const [pending, setPending] = useState<File | null>(null)
  const submit = async (file: File) => {
    const r = await setUpstream.mutateAsync({ card: await fileText(file) })
    void message.success(r.replaced ? copy.upstreamReplaced : copy.upstreamSet(r.unionName))
  }
  const picker = (label: string) => (
    <Upload accept=".json,application/json" showUploadList={false} beforeUpload={(file) => { if (overview.upstream) setPending(file); else void submit(file).catch(() => undefined); return false }}>
      <Button>{label}</Button>
    </Upload>
  )
  const u = overview.upstream
  return (
    <Card size="small" title={copy.upstreamTitle} extra={picker(u ? copy.replaceUpstream : copy.importUpstream)} style={{ height: '100%' }}>
      <ErrorAlert error={setUpstream.error} />
      {u ? <CardFacts card={u} extra={copy.setAt(formatInstant(u.setAt), u.setBy)} /> : <Typography.Paragraph type="secondary">{copy.upstreamNone}</Typography.Paragraph>}
      <Popconfirm open={pending !== null} title={copy.replaceConfirm} onConfirm={() => { const f = pending; setPending(null); if (f) void submit(f).catch(() => undefined) }} onCancel={() => setPending(null)}>
        <span />
      </Popconfirm>
    </Card>
  )
}

function OwnCard({ overview }: { overview: ExchangeOverview }) {
  const init = useInitKeys()
  const cardFile = useKeyCardFile()
  const save = async () => {
    const f = await cardFile.mutateAsync()
    const url = URL.createObjectURL(new Blob([f.text], { type: 'application/json' }))
    const a = document.createElement('a')
    a.href = url
    a.download = f.fileName
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  const own = overview.ownCard
  return (
    <Card size="small" title={copy.ownTitle} style={{ height: '100%' }}
      extra={own ? <Button onClick={() => void save().catch(() => undefined)} loading={cardFile.isPending}>{copy.exportCard}</Button> : <Button type="primary" onClick={() => init.mutate()} loading={init.isPending}>{copy.initKeys}</Button>}>
      <ErrorAlert error={init.error ?? cardFile.error} />
      {own ? <CardFacts card={own} extra={copy.fingerprintHint} /> : <Typography.Paragraph type="secondary">{overview.keyProblem ?? copy.ownNone}</Typography.Paragraph>}
    </Card>
  )
}

function GenerateCard({ overview }: { overview: ExchangeOverview }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<{ out: string; full: boolean; download: boolean }>()
  const exporter = useExportPackage()
  const full = Form.useWatch('full', form) ?? false
  const seconds = useElapsedSeconds(exporter.isPending)
  const blocked = !overview.upstream ? copy.needUpstream : !overview.ownCard ? copy.needKeys : null
  const run = async (v: { out: string; full: boolean; download: boolean }) => {
    const r = await exporter.mutateAsync({ out: v.out, full: v.full, download: v.download })
    void message.success(copy.generated(r.sequence, r.file))
    if (r.download) downloadFile(r.download)
  }
  const kindText = full || overview.nextKind === 'full' ? copy.nextFull : copy.nextIncremental(overview.baseline?.sequence ?? 0)
  // pendingRecords counts the package core plans; a full package forced over an incremental plan carries more, unknown here.
  const records = full && overview.nextKind !== 'full' ? null : overview.pendingRecords
  return (
    <Card size="small" title={copy.generateTitle}>
      {blocked && <Alert type="info" showIcon title={blocked} style={{ marginBottom: 12 }} />}
      <ErrorAlert error={exporter.error} />
      <Form form={form} layout="inline" initialValues={{ out: overview.defaultFolder, full: false, download: false }} onFinish={(v) => void run(v).catch(() => undefined)}>
        <Form.Item name="out" label={copy.folder} tooltip={copy.folderHint} rules={[{ required: true, message: copy.folderHint }]} style={{ minWidth: 420 }}>
          <Input placeholder={copy.folderHint} />
        </Form.Item>
        <Form.Item name="full" valuePropName="checked"><Checkbox>{copy.full}</Checkbox></Form.Item>
        <Form.Item name="download" valuePropName="checked"><Checkbox>{copy.alsoDownload}</Checkbox></Form.Item>
        <Form.Item><Button type="primary" htmlType="submit" disabled={blocked !== null} loading={exporter.isPending}>{copy.generate}</Button></Form.Item>
      </Form>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {kindText}{full || overview.nextKind === 'full' ? '' : `（${copy.pending(overview.pendingRecords)}）`}
      </Typography.Text>
      {exporter.isPending && (
        <div role="status" style={{ marginTop: 8 }}>
          <Progress percent={100} status="active" showInfo={false} size="small" />
          <Typography.Text>{records === null ? copy.generatingFull(seconds) : copy.generating(records, seconds)}</Typography.Text>
        </div>
      )}
    </Card>
  )
}

const columns: ColumnsType<OutboundPackage> = [
  { title: copy.colSequence, dataIndex: 'sequence', width: 80, render: (n: number) => copy.sequenceLabel(n) },
  { title: copy.colKind, key: 'kind', width: 150, render: (_, p) => (p.kind === 'full' ? copy.kindFull : copy.kindIncremental(p.baseSequence)) },
  { title: copy.colCreated, dataIndex: 'createdAt', width: 150, render: (at: string) => formatInstant(at) },
  { title: copy.colCounts, key: 'counts', width: 100, render: (_, p) => Object.values(p.counts).reduce((a, b) => a + b, 0).toLocaleString('zh-CN') },
  { title: copy.colSize, dataIndex: 'bytes', width: 90, render: (b: number) => fileSize(b) },
  {
    title: copy.colState, key: 'state', width: 160,
    render: (_, p) => (
      <Space size={4}>
        {p.state === 'delivered' ? <Tag color="green">{copy.stateDelivered}</Tag> : <Tag>{copy.stateGenerated}</Tag>}
        {p.toEarlierCard && <Tag color="orange">{copy.earlierCard}</Tag>}
      </Space>
    ),
  },
  { title: copy.colReceipt, key: 'receipt', render: (_, p) => (p.receipt ? `${p.deliveredAt ? formatInstant(p.deliveredAt) : ''} ${copy.receiptText(p.receipt)}` : '') },
]

function PackagesCard({ overview }: { overview: ExchangeOverview }) {
  const { message } = App.useApp()
  const receipt = useImportReceipt()
  const upload = async (file: File) => {
    const r = await receipt.mutateAsync({ upload: await readFilePayload(file) })
    void message.success(r.alreadyDelivered ? copy.receiptAgain(r.sequence) : copy.receiptDone(r.sequence))
  }
  return (
    <Card size="small" title={copy.packagesTitle}
      extra={<Upload accept=".udx" showUploadList={false} beforeUpload={(file) => { void upload(file).catch(() => undefined); return false }}>
        <Button loading={receipt.isPending} disabled={!overview.upstream}>{copy.importReceipt}</Button>
      </Upload>}>
      {receipt.error ? <Alert type="error" showIcon title={errorText(receipt.error)} style={{ marginBottom: 12 }} /> : null}
      <Table rowKey="sequence" size="small" columns={columns} dataSource={overview.packages} pagination={{ pageSize: 5, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={copy.noPackages} /> }} />
    </Card>
  )
}

export function ExchangePage() {
  const overview = useExchangeOverview()
  if (overview.error) return <ErrorAlert error={overview.error} />
  const o = overview.data
  if (!o) return <Card loading />
  if (o.isFederation) return <Alert type="info" showIcon title={copy.federationNotice} />
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{copy.title}</Typography.Title>
      <Typography.Text type="secondary">{copy.intro}</Typography.Text>
      <Row gutter={12}>
        <Col span={12}><UpstreamCard overview={o} /></Col>
        <Col span={12}><OwnCard overview={o} /></Col>
      </Row>
      <GenerateCard overview={o} />
      <PackagesCard overview={o} />
      <ProvincialExportCard />
    </Space>
  )
}
