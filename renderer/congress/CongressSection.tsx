import { Route, Routes } from 'react-router'
import { CongressEnterprisePage } from './CongressEnterprisePage'
import { CongressOverviewPage } from './CongressOverviewPage'

/** 职代会: the 六对标 table of every enterprise, and one enterprise's record. */
export function CongressSection() {
  return (
    <Routes>
      <Route index element={<CongressOverviewPage />} />
      <Route path=":enterpriseId" element={<CongressEnterprisePage />} />
    </Routes>
  )
}
