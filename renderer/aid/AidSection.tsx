import { Tabs } from 'antd'
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router'
import { AidSettingsPage } from './AidSettingsPage'
import { ApplicationsPage } from './applications/ApplicationsPage'
import { NewApplicationPage } from './applications/NewApplicationPage'
import { BatchListPage } from './batches/BatchListPage'
import { BatchPage } from './batches/BatchPage'
import { copy } from './copy'
import { EditProgramPage, NewProgramPage } from './programs/ProgramPages'
import { ProgramListPage } from './programs/ProgramListPage'

const tabs = ['programs', 'apply', 'applications', 'review', 'batches', 'settings'] as const

/** 帮扶救助: programs, applications and their review, disbursement batches. */
export function AidSection() {
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const active = tabs.find((t) => pathname.includes(`/aid/${t}`)) ?? 'programs'
  return (
    <>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(`/aid/${key}`)}
        items={tabs.map((t) => ({ key: t, label: copy.tabs[t] }))}
        style={{ marginBottom: 8 }}
      />
      <Routes>
        <Route index element={<Navigate to="programs" replace />} />
        <Route path="programs" element={<ProgramListPage />} />
        <Route path="programs/new" element={<NewProgramPage />} />
        <Route path="programs/:id" element={<EditProgramPage />} />
        <Route path="apply" element={<NewApplicationPage />} />
        {/* Keyed: the two lists are one component, and without a key React would carry one tab's filter into the other. */}
        <Route path="applications" element={<ApplicationsPage key="applications" title={copy.applications.title} emptyText={copy.applications.empty} />} />
        <Route
          path="review"
          element={<ApplicationsPage key="review" status="submitted" title={copy.applications.queueTitle} emptyText={copy.applications.queueEmpty} />}
        />
        <Route path="batches" element={<BatchListPage />} />
        <Route path="batches/:id" element={<BatchPage />} />
        <Route path="settings" element={<AidSettingsPage />} />
      </Routes>
    </>
  )
}
