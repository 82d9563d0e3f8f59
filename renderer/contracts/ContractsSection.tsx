import { Route, Routes, useNavigate, useParams } from 'react-router'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useContract } from './api'
import { ContractForm } from './ContractForm'
import { ContractPage } from './ContractPage'
import { ContractsListPage } from './ContractsListPage'

function NewContractPage() {
  const navigate = useNavigate()
  return <ContractForm onSaved={(c) => void navigate(`../${c.id}`, { relative: 'path' })} onCancel={() => void navigate('..', { relative: 'path' })} />
}

function EditContractPage() {
  const { id } = useParams()
  const navigate = useNavigate()
  const q = useContract(id)
  const back = () => void navigate('..', { relative: 'path' })
  if (q.error) return <ErrorAlert error={q.error} />
  return q.data ? <ContractForm contract={q.data} onSaved={back} onCancel={back} /> : null
}

/** 集体合同: list with coverage and reminders, new contract, one contract, its edit. */
export function ContractsSection() {
  return (
    <Routes>
      <Route index element={<ContractsListPage />} />
      <Route path="new" element={<NewContractPage />} />
      <Route path=":id" element={<ContractPage />} />
      <Route path=":id/edit" element={<EditContractPage />} />
    </Routes>
  )
}
