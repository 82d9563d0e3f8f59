import { Layout, Menu, Typography } from 'antd'
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router'
import type { Profile } from '../../shared/contract/profile'
import { sections } from './sections'

export function AppLayout({ profile }: { profile: Profile }) {
  const navigate = useNavigate()
  const location = useLocation()
  const current = sections.find((s) => location.pathname.startsWith(s.path))?.path ?? sections[0]?.path ?? '/'
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#a8071a' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }} data-testid="union-name">
          {profile.name}
        </Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.75)' }}>基层工会工作台</Typography.Text>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light">
          <Menu
            mode="inline"
            selectedKeys={[current]}
            items={sections.map((s) => ({ key: s.path, icon: s.icon, label: s.label }))}
            onClick={(e) => void navigate(e.key)}
            style={{ height: '100%' }}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          <Routes>
            {sections.map((s) => (
              <Route key={s.path} path={`${s.path}/*`} element={s.element} />
            ))}
            <Route path="*" element={<Navigate to={sections[0]?.path ?? '/'} replace />} />
          </Routes>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
