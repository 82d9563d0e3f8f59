import { Route, Routes, useNavigate } from 'react-router'
import { HardshipFilePage } from './HardshipFilePage'
import { HardshipForm } from './HardshipForm'
import { HardshipListPage } from './HardshipListPage'

function NewFilePage() {
  const navigate = useNavigate()
  return <HardshipForm onSaved={(file) => void navigate(`../${file.id}`, { relative: 'path' })} onCancel={() => void navigate('..', { relative: 'path' })} />
}

/** 困难职工档案: list, new file, one file. */
export function HardshipSection() {
  return (
    <Routes>
      <Route index element={<HardshipListPage />} />
      <Route path="new" element={<NewFilePage />} />
      <Route path=":id" element={<HardshipFilePage />} />
    </Routes>
  )
}
