import { Layout, Menu, Spin, Typography } from 'antd'
import { Suspense } from 'react'
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router'
import type { Profile } from '../../shared/contract/profile'
import { SessionMenu } from '../auth/SessionMenu'
import { DemoBadge } from '../demo/DemoBadge'
import { ModeLabel } from '../federation/ModeLabel'
import { usePrefetchFirstListPage } from '../members/api'
import { useAllowedSections } from './useAllowedSections'

export function AppLayout({ profile }: { profile: Profile }) {
  const navigate = useNavigate()
  const location = useLocation()
  const sections = useAllowedSections()
  const current = sections.find((s) => location.pathname.startsWith(s.path))?.path ?? sections[0]?.path ?? '/'
  // On the register its rows are fetched while this frame renders (the workbench is the default route since issue 16).
  usePrefetchFirstListPage(current === '/members')
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#a8071a' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }} data-testid="union-name">
          {profile.name}
        </Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.75)' }}>基层工会工作台</Typography.Text>
        <ModeLabel level={profile.level} />
        <DemoBadge />
        <SessionMenu />
      </Layout.Header>
      <Layout>
        <Layout.Sider width={168} theme="light">
          <Menu
            mode="inline"
            selectedKeys={[current]}
            items={sections.map((s) => ({ key: s.path, icon: s.icon, label: s.label }))}
            onClick={(e) => void navigate(e.key)}
            style={{ height: '100%' }}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 16 }}>
          <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 96 }} />}>
            <Routes>
              {sections.map((s) => (
                <Route key={s.path} path={`${s.path}/*`} element={s.element} />
              ))}
              <Route path="*" element={<Navigate to={sections[0]?.path ?? '/'} replace />} />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
