import { Form, Input, Modal, Table } from 'antd'
import { useState } from 'react'
import type { AidApplicationSummary } from '../../../shared/aid/types'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { useApplications, useCreateBatch } from '../api'
import { copy } from '../copy'
import { yuan } from '../../ui/money'

const b = copy.batches
const cols = copy.applications.columns

interface Props {
  open: boolean
  onCreated: (batchId: string) => void
  onCancel: () => void
}

/** A batch from reviewed applications that are in no batch yet; the core checks program and budget again. */
export function CreateBatchModal({ open, onCreated, onCancel }: Props) {
  const [selected, setSelected] = useState<string[]>([])
  const [title, setTitle] = useState('')
  const candidates = useApplications({ status: 'reviewed', unbatched: true, limit: 500 })
  const create = useCreateBatch()
  const ok = () =>
    create.mutate(
      { applicationIds: selected, title: title.trim() === '' ? undefined : title },
      { onSuccess: (batch) => onCreated(batch.id) },
    )
  return (
    <Modal
      open={open}
      title={b.createTitle}
      width={900}
      okText={b.create}
      cancelText={copy.cancel}
      okButtonProps={{ disabled: selected.length === 0 }}
      confirmLoading={create.isPending}
      onOk={ok}
      onCancel={onCancel}
      destroyOnHidden
    >
      <ErrorAlert error={create.error ?? candidates.error} />
      <Form layout="vertical">
        <Form.Item label={b.batchTitle}>
          <Input value={title} onChange={(e) => setTitle(e.target.value)} />
        </Form.Item>
        <Form.Item label={b.pickApplications}>
          <Table<AidApplicationSummary>
            rowKey="id"
            size="small"
            loading={candidates.isFetching}
            dataSource={candidates.data?.items ?? []}
            locale={{ emptyText: b.noCandidates }}
            pagination={false}
            scroll={{ y: 360 }}
            rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
            columns={[
              { title: cols.member, dataIndex: 'memberName' },
              { title: cols.program, dataIndex: 'programName', render: (n: string, r) => `${n}（${r.programYear}）` },
              { title: cols.date, dataIndex: 'date' },
              { title: cols.amount, dataIndex: 'amountFen', align: 'right', render: (f: number) => yuan(f) },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
