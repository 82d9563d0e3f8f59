import { Route, Routes, useNavigate } from 'react-router'
import { MediationCasePage } from './MediationCasePage'
import { MediationForm } from './MediationForm'
import { MediationListPage } from './MediationListPage'

function NewCasePage() {
  const navigate = useNavigate()
  return <MediationForm onSaved={(c) => void navigate(`../${c.id}`, { relative: 'path' })} onCancel={() => void navigate('..', { relative: 'path' })} />
}

/** 劳动争议调解: the case list with counts by outcome, a new case, one case with its workflow. */
export function MediationSection() {
  return (
    <Routes>
      <Route index element={<MediationListPage />} />
      <Route path="new" element={<NewCasePage />} />
      <Route path=":id" element={<MediationCasePage />} />
    </Routes>
  )
}
