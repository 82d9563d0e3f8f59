import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import type { AccountSummary } from '../../shared/contract/accounts'
import { roleNames, roles, type AccountRole } from '../../shared/contract/auth'
import { errorText } from '../ui/error-text'
import { useAccounts, useAccountSettings, useAddAccount, useDisableAccount, useResetPassword, useSaveAccountSettings } from './api'
import { copy } from './copy'

const roleOptions = roles.map((r) => ({ value: r, label: roleNames[r] }))

function ResetPassword({ name }: { name: string }) {
  const [password, setPassword] = useState('')
  const reset = useResetPassword()
  const { message } = App.useApp()
  return (
    <Space.Compact size="small">
      <Input.Password size="small" placeholder={copy.newPassword} value={password} onChange={(e) => setPassword(e.target.value)} style={{ width: 140 }} />
      <Button
        size="small"
        disabled={password === ''}
        loading={reset.isPending}
        onClick={() => reset.mutate({ name, password }, { onSuccess: () => (setPassword(''), void message.success(copy.resetDone)), onError: (e) => void message.error(errorText(e)) })}
      >
        {copy.resetPassword}
      </Button>
    </Space.Compact>
  )
}

/** Administrators only (the section asks for system.admin, and core refuses everyone else anyway). */
export function AccountsPage() {
  const accounts = useAccounts()
  const settings = useAccountSettings()
  const add = useAddAccount()
  const disable = useDisableAccount()
  const save = useSaveAccountSettings()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ name: string; role: AccountRole; password: string }>()
  const columns = [
    { title: copy.name, dataIndex: 'name' },
    { title: copy.role, dataIndex: 'roleName' },
    { title: copy.state, render: (_: unknown, a: AccountSummary) => (!a.active ? copy.disabled : a.lockedUntil ? copy.lockedUntil(a.lockedUntil) : copy.active) },
    {
      title: copy.actions,
      render: (_: unknown, a: AccountSummary) =>
        a.active ? (
          <Space>
            <ResetPassword name={a.name} />
            <Popconfirm title={copy.disableConfirm(a.name)} onConfirm={() => disable.mutate({ name: a.name }, { onError: (e) => void message.error(errorText(e)) })}>
              <Button size="small" danger>
                {copy.disable}
              </Button>
            </Popconfirm>
          </Space>
        ) : null,
    },
  ]
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={4}>{copy.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{copy.intro}</Typography.Paragraph>
      <Table rowKey="id" size="small" loading={accounts.isFetching} dataSource={accounts.data ?? []} columns={columns} pagination={false} />
      <Card size="small" title={copy.add}>
        <Form
          form={form}
          layout="inline"
          initialValues={{ role: 'clerk' }}
          onFinish={(v) =>
            add.mutate(v, {
              onSuccess: () => (form.resetFields(), void message.success(copy.added)),
              onError: (e) => void message.error(errorText(e)),
            })
          }
        >
          <Form.Item name="name" label={copy.name} rules={[{ required: true, message: copy.required(copy.name) }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="role" label={copy.role}>
            <Select options={roleOptions} style={{ width: 110 }} />
          </Form.Item>
          <Form.Item name="password" label={copy.password} rules={[{ required: true, message: copy.required(copy.password) }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {copy.add}
          </Button>
        </Form>
      </Card>
      {settings.data ? (
        <Card size="small" title={copy.security}>
          <Form
            layout="inline"
            initialValues={{ idleLockMinutes: settings.data.idleLockMinutes }}
            onFinish={(v: { idleLockMinutes: number }) => save.mutate(v, { onSuccess: () => void message.success(copy.saved), onError: (e) => void message.error(errorText(e)) })}
          >
            <Form.Item name="idleLockMinutes" label={copy.idleLock}>
              <InputNumber min={1} max={480} precision={0} />
            </Form.Item>
            <Button htmlType="submit" loading={save.isPending}>
              {copy.save}
            </Button>
          </Form>
        </Card>
      ) : null}
    </Space>
  )
}
