import { Alert, Button, Card, Form, Input, Typography } from 'antd'
import type { ReactNode } from 'react'
import { newPassword } from '../../shared/contract/auth'
import { errorText } from '../ui/error-text'
import { useLogin, useLogout, useUnlock } from './api'
import { copy } from './copy'

function Centered({ children }: { children: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', justifyContent: 'center', alignItems: 'flex-start', padding: '96px 16px', background: '#f5f5f5' }}>
      <Card style={{ width: 420 }}>{children}</Card>
    </div>
  )
}

interface Credentials {
  name: string
  password: string
}

/** Before the app: nothing of the register is shown until someone signs in. */
export function LoginPage() {
  const login = useLogin()
  return (
    <Centered>
      <Typography.Title level={3}>{copy.loginTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{copy.loginIntro}</Typography.Paragraph>
      {login.error ? <Alert type="error" showIcon message={errorText(login.error)} style={{ marginBottom: 16 }} /> : null}
      <Form<Credentials> layout="vertical" onFinish={(v) => login.mutate(v)}>
        <Form.Item name="name" label={copy.name} rules={[{ required: true, message: copy.required(copy.name) }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={copy.password} rules={[{ required: true, message: copy.required(copy.password) }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          {copy.login}
        </Button>
      </Form>
    </Centered>
  )
}

/** Idle too long: the same person gives the password again, or someone else signs in. */
export function LockScreen({ name, minutes }: { name: string; minutes: number }) {
  const unlock = useUnlock()
  const logout = useLogout()
  return (
    <Centered>
      <Typography.Title level={3}>{copy.lockedTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{copy.lockedIntro(name, minutes)}</Typography.Paragraph>
      {unlock.error ? <Alert type="error" showIcon message={errorText(unlock.error)} style={{ marginBottom: 16 }} /> : null}
      <Form<{ password: string }> layout="vertical" onFinish={(v) => unlock.mutate(v)}>
        <Form.Item name="password" label={copy.password} rules={[{ required: true, message: copy.required(copy.password) }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={unlock.isPending}>
          {copy.unlock}
        </Button>
        <Button type="link" block onClick={() => logout.mutate()}>
          {copy.switchUser}
        </Button>
      </Form>
    </Centered>
  )
}

/** The first-run screen's account step: the first name and password become the administrator (core decides that). */
export function AdminAccountForm() {
  const login = useLogin()
  return (
    <>
      <Typography.Title level={4}>{copy.adminTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{copy.adminIntro}</Typography.Paragraph>
      {login.error ? <Alert type="error" showIcon message={errorText(login.error)} style={{ marginBottom: 16 }} /> : null}
      <Form<Credentials & { again: string }> layout="vertical" onFinish={({ name, password }) => login.mutate({ name, password })}>
        <Form.Item name="name" label={copy.name} rules={[{ required: true, message: copy.required(copy.name) }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={copy.password}
          rules={[{ required: true, message: copy.required(copy.password) }, { validator: (_r, v: unknown) => (newPassword.safeParse(v).success ? Promise.resolve() : Promise.reject(new Error(copy.minPassword))) }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="again"
          label={copy.passwordAgain}
          dependencies={['password']}
          rules={[({ getFieldValue }) => ({ validator: (_r, v: unknown) => (v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(copy.passwordMismatch))) })]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={login.isPending}>
          {copy.adminSubmit}
        </Button>
      </Form>
    </>
  )
}
