import { Button, Card, DatePicker, Form, Input, Modal, Select, Table, Tag } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import type { AidBatchDetail, AidObjection } from '../../../shared/aid/types'
import { toIsoDate } from '../../../shared/dates'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { useAddObjection, useResolveObjection } from '../api'
import { copy } from '../copy'
import { useUnsavedGuard } from '../../ui/FormModal'

const b = copy.batch

interface ObjectionValues {
  date: Dayjs
  raisedBy?: string
  applicationId?: string
  content: string
}

interface ResolveValues {
  date: Dayjs
  resolution: string
}

/** 异议 raised during the notice, and how each was resolved; an open one blocks approval in the core. */
export function ObjectionsCard({ batch }: { batch: AidBatchDetail }) {
  const [adding, setAdding] = useState(false)
  const [resolving, setResolving] = useState<AidObjection | null>(null)
  const [addForm] = Form.useForm<ObjectionValues>()
  const [resolveForm] = Form.useForm<ResolveValues>()
  const closeAdding = useUnsavedGuard(addForm, () => setAdding(false))
  const closeResolving = useUnsavedGuard(resolveForm, () => setResolving(null))
  const add = useAddObjection()
  const resolve = useResolveObjection()
  const memberOf = (id: string | null) => batch.applications.find((a) => a.id === id)?.memberName ?? copy.none
  return (
    <Card
      size="small"
      title={b.objections}
      extra={
        <Button size="small" onClick={() => setAdding(true)}>
          {b.addObjection}
        </Button>
      }
    >
      <Table<AidObjection>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={batch.objections}
        locale={{ emptyText: b.noObjections }}
        columns={[
          { title: b.objectionDate, dataIndex: 'date' },
          { title: b.raisedBy, dataIndex: 'raisedBy', render: (v: string | null) => v ?? copy.none },
          { title: b.aboutMember, dataIndex: 'applicationId', render: memberOf },
          { title: b.content, dataIndex: 'content' },
          {
            title: b.resolution,
            render: (_: unknown, o) =>
              o.resolution ? (
                <>
                  <Tag color="green">{b.resolved}</Tag>
                  {o.resolvedOn} {o.resolution}
                </>
              ) : (
                <>
                  <Tag color="red">{b.open}</Tag>
                  <Button size="small" type="link" onClick={() => setResolving(o)}>
                    {b.resolve}
                  </Button>
                </>
              ),
          },
        ]}
      />
      <Modal open={adding} title={b.objectionTitle} okText={b.addObjection} cancelText={copy.cancel} confirmLoading={add.isPending} onOk={() => addForm.submit()} onCancel={closeAdding} destroyOnHidden>
        <ErrorAlert error={add.error} />
        <Form
          form={addForm}
          layout="vertical"
          initialValues={{ date: dayjs() }}
          onFinish={(v) =>
            add.mutate(
              { batchId: batch.id, date: toIsoDate(v.date), raisedBy: v.raisedBy ?? null, applicationId: v.applicationId, content: v.content },
              { onSuccess: () => setAdding(false) },
            )
          }
        >
          <Form.Item name="date" label={b.objectionDate} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="raisedBy" label={b.raisedBy}>
            <Input />
          </Form.Item>
          <Form.Item name="applicationId" label={b.aboutApplication}>
            <Select allowClear options={batch.applications.map((a) => ({ value: a.id, label: a.memberName }))} />
          </Form.Item>
          <Form.Item name="content" label={b.content} rules={[{ required: true, whitespace: true, message: `请填写${b.content}` }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={resolving !== null} title={b.resolveTitle} okText={b.resolve} cancelText={copy.cancel} confirmLoading={resolve.isPending} onOk={() => resolveForm.submit()} onCancel={closeResolving} destroyOnHidden>
        <ErrorAlert error={resolve.error} />
        <Form
          form={resolveForm}
          layout="vertical"
          initialValues={{ date: dayjs() }}
          onFinish={(v) => {
            if (resolving) resolve.mutate({ id: resolving.id, date: toIsoDate(v.date), resolution: v.resolution }, { onSuccess: () => setResolving(null) })
          }}
        >
          <Form.Item name="date" label={b.resolveDate} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="resolution" label={b.resolution} rules={[{ required: true, whitespace: true, message: `请填写${b.resolution}` }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  )
}
