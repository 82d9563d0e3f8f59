import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Table, Tag, Tooltip } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { DEFAULT_PRINTER, printTemplateName, printTemplateNames, printTemplates, type PrintLogEntry, type PrintOffset } from '../../shared/contract/print'
import { ErrorAlert } from '../ui/ErrorAlert'
import { usePrintLog, usePrintOffsets, useSaveOffset } from './api'
import { copy } from './copy'
import { PrintPreview } from './PrintPreview'

interface OffsetForm {
  template: string
  printer: string
  xMm: number
  yMm: number
}

const templateOptions = printTemplates.map((t) => ({ value: t, label: printTemplateNames[t] }))

/** 打印设置: 套打 offsets per template and printer, the calibration page with them applied, and the print log. */
export function PrintSettingsPage() {
  const [form] = Form.useForm<OffsetForm>()
  const offsets = usePrintOffsets()
  const log = usePrintLog()
  const save = useSaveOffset()
  const { message } = App.useApp()
  const [shown, setShown] = useState<{ template: string; printer: string }>({ template: 'certificate', printer: DEFAULT_PRINTER })

  const onFinish = (v: OffsetForm) =>
    save.mutate(v, {
      onSuccess: (saved) => {
        void message.success(copy.saved)
        setShown({ template: saved.template, printer: saved.printer })
      },
    })

  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card title={copy.offsetsTitle} style={{ marginBottom: 16 }}>
          <ErrorAlert error={save.error} />
          <Form form={form} layout="vertical" initialValues={{ template: 'certificate', printer: DEFAULT_PRINTER, xMm: 0, yMm: 0 }} onFinish={onFinish}>
            <Form.Item name="template" label={copy.template} rules={[{ required: true }]}>
              <Select options={templateOptions} />
            </Form.Item>
            <Form.Item name="printer" label={copy.printer} rules={[{ required: true }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="xMm" label={copy.xMm}>
              <InputNumber min={-50} max={50} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="yMm" label={copy.yMm}>
              <InputNumber min={-50} max={50} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {copy.save}
            </Button>
          </Form>
          <div style={{ marginTop: 16 }}>
            <ErrorAlert error={offsets.error} />
          </div>
          <Table<PrintOffset>
            size="small"
            rowKey={(r) => `${r.template}/${r.printer}`}
            dataSource={offsets.data ?? []}
            pagination={false}
            locale={{ emptyText: copy.empty }}
            onRow={(r) => ({ onClick: () => (form.setFieldsValue(r), setShown({ template: r.template, printer: r.printer })) })}
            columns={[
              { title: copy.template, dataIndex: 'template', render: (t: string) => printTemplateName(t) },
              { title: copy.printer, dataIndex: 'printer' },
              { title: 'X', dataIndex: 'xMm' },
              { title: 'Y', dataIndex: 'yMm' },
            ]}
          />
        </Card>
        <Card title={copy.logTitle}>
          <ErrorAlert error={log.error} />
          <Table<PrintLogEntry>
            size="small"
            rowKey={(r) => `${r.serial}/${r.printedAt}`}
            dataSource={log.data ?? []}
            locale={{ emptyText: copy.empty }}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: copy.logSerial, dataIndex: 'serial' },
              { title: copy.logDoc, dataIndex: 'docType' },
              { title: copy.logSubject, dataIndex: 'subjectName' },
              { title: copy.logAt, dataIndex: 'printedAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
              { title: copy.logBy, dataIndex: 'printedBy' },
              { title: copy.logReprint, dataIndex: 'reprint', render: (v: boolean) => (v ? <Tag color="red">{copy.yes}</Tag> : copy.no) },
              { title: copy.logVoid, dataIndex: 'voidReason', render: (v: string | null) => (v ? <Tooltip title={v}><Tag>{copy.logVoided}</Tag></Tooltip> : null) },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title={`${copy.calibrationTitle}：${printTemplateName(shown.template)} / ${shown.printer}`}>
          <PrintPreview method="print.calibration" input={shown} width={560} />
        </Card>
      </Col>
    </Row>
  )
}
