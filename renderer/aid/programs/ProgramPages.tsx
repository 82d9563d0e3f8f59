import { App, Card } from 'antd'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { useProgram, useTemplates } from '../api'
import { copy } from '../copy'
import { fromDefinition, type ProgramFormValues } from './program-form'
import { ProgramEditor } from './ProgramEditor'

/** New program: blank (定额) or from a template chosen with year and budget. */
export function NewProgramPage() {
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [params] = useSearchParams()
  const templates = useTemplates()
  const code = params.get('template')
  if (code && templates.isPending) return <Card loading />
  const template = templates.data?.find((t) => t.code === code)
  const year = Number(params.get('year') ?? new Date().getFullYear())
  const initial: ProgramFormValues = template
    ? { ...fromDefinition({ ...template.template, year, budgetFen: 0 }), budget: params.get('budget') ?? '' }
    : { kind: 'fixed', year, constraints: { memberStatuses: ['在会'], oncePerMember: false, excludesPrograms: [] }, materials: [] }
  return (
    <ProgramEditor
      key={code ?? 'blank'}
      initial={initial}
      onCancel={() => void navigate('..', { relative: 'path' })}
      onSaved={() => {
        void message.success(copy.programs.saved)
        void navigate('..', { relative: 'path' })
      }}
    />
  )
}

export function EditProgramPage() {
  const { id } = useParams()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const program = useProgram(id)
  if (program.error) return <ErrorAlert error={program.error} />
  if (!program.data) return <Card loading />
  return (
    <ProgramEditor
      key={`${program.data.id}-${program.data.version}`}
      initial={fromDefinition(program.data.definition)}
      program={program.data}
      onCancel={() => void navigate('..', { relative: 'path' })}
      onSaved={(saved) => {
        void message.success(copy.programs.saved)
        void navigate(`../${saved.id}`, { relative: 'path' })
      }}
    />
  )
}
