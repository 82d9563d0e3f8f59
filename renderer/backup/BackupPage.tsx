import { App, Button, Card, Checkbox, Form, Input, Modal, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import { looksRemovable } from '../../shared/backup/removable'
import { formatInstant } from '../../shared/dates'
import type { BackupEntry } from '../../shared/contract/backup'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useBackups, useCreateBackup, useRestoreBackup } from './api'
import { copy } from './copy'

/** In the office's time, like every other time the app shows (the 操作日志 included), whatever the PC's zone. */
const when = (at: string) => formatInstant(at)
const size = (bytes: number) => (bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`)

function ManualBackup() {
  const [form] = Form.useForm<{ out: string; encrypt?: boolean; passphrase?: string; again?: string }>()
  const create = useCreateBackup()
  const { message } = App.useApp()
  const out = Form.useWatch('out', form) ?? ''
  // Encryption is offered by default for a USB stick; once the clerk ticks or unticks the box, their choice stands.
  const [chosen, setChosen] = useState<boolean | null>(null)
  const encrypt = chosen ?? looksRemovable(out)
  const submit = async (v: { out: string; passphrase?: string }) => {
    const made = await create.mutateAsync({ out: /[\\/]$/.test(v.out) ? v.out : `${v.out}/`, ...(encrypt && v.passphrase ? { passphrase: v.passphrase } : {}) })
    void message.success(copy.backedUp(made.path))
    form.resetFields(['passphrase', 'again'])
  }
  return (
    <Card title={copy.manualTitle} style={{ marginTop: 16 }}>
      <ErrorAlert error={create.error} />
      <Form form={form} name="manualBackup" layout="vertical" onFinish={(v) => void submit(v).catch(() => undefined)} style={{ maxWidth: 560 }}>
        <Form.Item name="out" label={copy.out} rules={[{ required: true }]} extra={looksRemovable(out) ? copy.removableHint : undefined}>
          <Input placeholder={copy.outPlaceholder} />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={encrypt} onChange={(e) => setChosen(e.target.checked)}>
            {copy.encrypt}
          </Checkbox>
        </Form.Item>
        {encrypt && (
          <>
            <Form.Item name="passphrase" label={copy.passphrase} rules={[{ required: true }, { min: 8 }]} extra={copy.passphraseNote}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="again"
              label={copy.passphraseAgain}
              dependencies={['passphrase']}
              rules={[{ required: true }, ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('passphrase') ? Promise.resolve() : Promise.reject(new Error(copy.passphraseMismatch))) })]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {copy.backupNow}
        </Button>
      </Form>
    </Card>
  )
}

/** The typed confirmation: the OK button stays disabled until the clerk has typed 恢复. */
function RestoreConfirm({ file, passphrase, onClose }: { file: string; passphrase?: string; onClose: () => void }) {
  const [typed, setTyped] = useState('')
  const restore = useRestoreBackup()
  const { message } = App.useApp()
  const run = async () => {
    const r = await restore.mutateAsync({ file, ...(passphrase ? { passphrase } : {}) })
    void message.success(`${copy.restored(r.keptCopy)}${r.migrated ? copy.restoredMigrated : ''}`, 8)
    onClose()
  }
  return (
    <Modal open title={copy.confirmTitle} okText={copy.restore} okButtonProps={{ danger: true, disabled: typed.trim() !== copy.confirmWord, loading: restore.isPending }} onOk={() => void run().catch(() => undefined)} onCancel={onClose}>
      <ErrorAlert error={restore.error} />
      <Typography.Paragraph>{copy.confirmText(file)}</Typography.Paragraph>
      <Typography.Paragraph>{copy.confirmPrompt}</Typography.Paragraph>
      <Input aria-label={copy.confirmPrompt} value={typed} onChange={(e) => setTyped(e.target.value)} />
    </Modal>
  )
}

function RestoreFromFile({ onRestore }: { onRestore: (file: string, passphrase?: string) => void }) {
  const [form] = Form.useForm<{ file: string; passphrase?: string }>()
  return (
    <Card title={copy.restoreTitle} style={{ marginTop: 16 }}>
      <Form form={form} name="restoreFile" layout="vertical" style={{ maxWidth: 560 }} onFinish={(v) => onRestore(v.file, v.passphrase || undefined)}>
        <Form.Item name="file" label={copy.restoreFile} rules={[{ required: true }]}>
          <Input placeholder={copy.restoreFilePlaceholder} />
        </Form.Item>
        <Form.Item name="passphrase" label={copy.restorePassphrase}>
          <Input.Password autoComplete="off" />
        </Form.Item>
        <Button danger htmlType="submit">
          {copy.restore}
        </Button>
      </Form>
    </Card>
  )
}

export function BackupPage() {
  const backups = useBackups()
  const [restoring, setRestoring] = useState<{ file: string; passphrase?: string } | null>(null)
  const columns = [
    { title: copy.columns.at, dataIndex: 'at', render: (at: string) => when(at) },
    { title: copy.columns.kind, dataIndex: 'kind', render: (k: BackupEntry['kind']) => copy.kinds[k] },
    { title: copy.columns.bytes, dataIndex: 'bytes', render: size },
    { title: copy.columns.path, dataIndex: 'path', ellipsis: true },
    { title: copy.columns.action, key: 'action', render: (_: unknown, b: BackupEntry) => <Button size="small" onClick={() => setRestoring({ file: b.path })}>{copy.restore}</Button> },
  ]
  return (
    <>
      <Card title={copy.section}>
        <ErrorAlert error={backups.error} />
        <Space direction="vertical">
          <Typography.Text>
            {copy.lastBackup}：{backups.data?.lastBackupAt ? when(backups.data.lastBackupAt) : copy.never}
          </Typography.Text>
          <Typography.Text type="secondary">
            {copy.folder}：{backups.data?.folder ?? ''}
          </Typography.Text>
          <Typography.Text type="secondary">{copy.autoNote}</Typography.Text>
        </Space>
      </Card>
      <ManualBackup />
      <Card title={copy.listTitle} style={{ marginTop: 16 }}>
        <Table rowKey="path" size="small" loading={backups.isFetching} dataSource={backups.data?.backups ?? []} columns={columns} locale={{ emptyText: copy.empty }} pagination={{ pageSize: 10 }} />
      </Card>
      <RestoreFromFile onRestore={(file, passphrase) => setRestoring({ file, ...(passphrase ? { passphrase } : {}) })} />
      {restoring && <RestoreConfirm {...restoring} onClose={() => setRestoring(null)} />}
    </>
  )
}
