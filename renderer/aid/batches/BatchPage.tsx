import { Alert, App, Button, Card, DatePicker, Descriptions, Modal, Space, Steps, Table, Tag } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { BATCH_STATUSES, BATCH_STATUS_NAMES, type AidApplicationSummary, type AidBatchDetail } from '../../../shared/aid/types'
import { toIsoDate } from '../../../shared/dates'
import { downloadFile } from '../../ui/download'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { PrintAction } from '../../ui/PrintAction'
import { ActionButton } from '../ActionButton'
import { useApproveBatch, useBatch, useExportTransferSheet, usePayBatch } from '../api'
import { copy } from '../copy'
import { yuan, yuanSymbol } from '../../ui/money'
import { PayModal } from '../PayModal'
import { ApplicationDrawer } from '../applications/ApplicationDrawer'
import { batchStatusColor } from './BatchListPage'
import { NoticeModal } from './NoticeModal'
import { ObjectionsCard } from './ObjectionsCard'

const b = copy.batch
const cols = copy.applications.columns

function Summary({ batch }: { batch: AidBatchDetail }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={3}
      items={[
        { key: 'program', label: cols.program, children: `${batch.programName}（${batch.programYear}）` },
        { key: 'status', label: cols.status, children: <Tag color={batchStatusColor[batch.status]}>{batch.statusName}</Tag> },
        { key: 'count', label: b.count, children: batch.applicationCount },
        { key: 'total', label: b.total, children: yuanSymbol(batch.totalFen) },
        { key: 'words', label: b.totalUpper, span: 2, children: batch.totalWords },
        { key: 'notice', label: b.noticePeriod, children: batch.noticeStart ? `${batch.noticeStart} 至 ${batch.noticeEnd ?? ''}` : copy.none },
        { key: 'earliest', label: b.earliestApproval, children: batch.earliestApproval ?? copy.none },
        { key: 'approved', label: b.approvedOn, children: batch.approvedOn ? `${batch.approvedOn}（${batch.approvedBy ?? ''}）` : copy.none },
        ...(batch.noticeDays.length > 0 ? [{ key: 'days', label: b.noticeDays, span: 3, children: batch.noticeDays.join('、') }] : []),
      ]}
    />
  )
}

/** One 发放批次: 公示 → 异议 → 批准 → 发放 → 转账表; every button is the core's answer about what is open now. */
export function BatchPage() {
  const { id } = useParams()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const batch = useBatch(id)
  const approve = useApproveBatch()
  const pay = usePayBatch()
  const exportSheet = useExportTransferSheet()
  const [modal, setModal] = useState<'notice' | 'approve' | 'pay' | null>(null)
  const [openId, setOpenId] = useState<string | null>(null)
  const [approveDate, setApproveDate] = useState<Dayjs | null>(dayjs())
  const close = () => setModal(null)
  if (batch.error) return <ErrorAlert error={batch.error} />
  const data = batch.data
  if (!data) return <Card loading />
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Button onClick={() => void navigate('..', { relative: 'path' })}>{b.back}</Button>
      <Card title={data.title}>
        <Steps
          size="small"
          current={BATCH_STATUSES.indexOf(data.status)}
          items={BATCH_STATUSES.map((s) => ({ title: BATCH_STATUS_NAMES[s] }))}
          style={{ marginBottom: 16 }}
        />
        <ErrorAlert error={approve.error ?? exportSheet.error} />
        <Space wrap style={{ marginBottom: 16 }}>
          <PrintAction document="batchDocuments" batchId={data.id} />
          <ActionButton allowed={data.actions.notice} onClick={() => setModal('notice')}>
            {b.startNotice}
          </ActionButton>
          <ActionButton type="primary" allowed={data.actions.approve} onClick={() => setModal('approve')}>
            {b.approve}
          </ActionButton>
          <ActionButton type="primary" allowed={data.actions.pay} onClick={() => setModal('pay')}>
            {b.pay}
          </ActionButton>
          <ActionButton
            allowed={data.actions.export}
            loading={exportSheet.isPending}
            onClick={() => exportSheet.mutate({ id: data.id }, { onSuccess: downloadFile })}
          >
            {b.export}
          </ActionButton>
        </Space>
        <Summary batch={data} />
        {data.warnings.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 16 }}
            title={b.accountWarnings(data.warnings.length)}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {data.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            }
          />
        ) : null}
      </Card>
      <ObjectionsCard batch={data} />
      <Card size="small" title={b.applications}>
        <Table<AidApplicationSummary>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data.applications}
          columns={[
            { title: cols.member, dataIndex: 'memberName' },
            { title: cols.idNumber, dataIndex: 'idNumber' },
            { title: cols.date, dataIndex: 'date' },
            { title: cols.amount, dataIndex: 'amountFen', align: 'right', render: (f: number) => yuan(f) },
            { title: cols.status, dataIndex: 'statusName', render: (s: string) => <Tag>{s}</Tag> },
            {
              title: cols.actions,
              render: (_: unknown, r) => (
                <Button type="link" size="small" onClick={() => setOpenId(r.id)}>
                  {copy.applications.open}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <ApplicationDrawer id={openId} onClose={() => setOpenId(null)} />
      <NoticeModal batchId={data.id} earliest={data.earliestNoticeStart} open={modal === 'notice'} onCancel={close} onDone={close} />
      <Modal
        open={modal === 'approve'}
        title={b.approveTitle}
        okText={b.approve}
        cancelText={copy.cancel}
        confirmLoading={approve.isPending}
        onCancel={close}
        onOk={() => approve.mutate({ id: data.id, date: approveDate ? toIsoDate(approveDate) : undefined }, { onSuccess: close })}
        destroyOnHidden
      >
        <ErrorAlert error={approve.error} />
        <Space>
          {b.approveDate}
          <DatePicker value={approveDate} onChange={setApproveDate} />
        </Space>
      </Modal>
      <PayModal
        open={modal === 'pay'}
        title={b.payTitle}
        pending={pay.isPending}
        error={pay.error}
        onCancel={close}
        onOk={(v) =>
          pay.mutate(
            { id: data.id, ...v },
            {
              onSuccess: (r) => {
                close()
                void message.success(b.paidCount(r.paid.length))
              },
            },
          )
        }
      />
    </Space>
  )
}
