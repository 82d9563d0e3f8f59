import { lazy } from 'react'
import { Route, Routes } from 'react-router'
import { MemberListPage } from './MemberListPage'

// The register opens first; the import wizard (file reading, mapping) loads when a clerk opens it.
const ImportWizard = lazy(() => import('./ImportWizard').then((m) => ({ default: m.ImportWizard })))

/** The register and its import wizard share the 会员 menu entry; the wizard is a page of its own. */
export function MembersSection() {
  return (
    <Routes>
      <Route index element={<MemberListPage />} />
      <Route path="import" element={<ImportWizard />} />
    </Routes>
  )
}
