import { Route, Routes } from 'react-router'
import { ImportWizard } from './ImportWizard'
import { MemberListPage } from './MemberListPage'

/** The register and its import wizard share the 会员 menu entry; the wizard is a page of its own. */
export function MembersSection() {
  return (
    <Routes>
      <Route index element={<MemberListPage />} />
      <Route path="import" element={<ImportWizard />} />
    </Routes>
  )
}
