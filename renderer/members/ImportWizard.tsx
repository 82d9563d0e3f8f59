import { ArrowLeftOutlined } from '@ant-design/icons'
import { Button, Card, Space, Steps } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { ImportPreview, ImportSummary } from '../../shared/contract/members'
import type { FilePayload } from '../../shared/contract/types'
import { useImportCommit, useImportPreview } from './api'
import { importCopy as text } from './copy'
import { ImportDoneStep } from './ImportDoneStep'
import { ImportFileStep } from './ImportFileStep'
import type { Mapping } from './ImportMappingTable'
import { ImportMappingStep, ImportPreviewStep, ImportRunningStep } from './ImportSteps'

type Step = 0 | 1 | 2 | 3 | 4

/** choose file → check mapping → preview → import → summary; nothing is written before 开始导入. */
export function ImportWizard() {
  const navigate = useNavigate()
  const [step, setStep] = useState<Step>(0)
  const [file, setFile] = useState<FilePayload | null>(null)
  const [defaultOrgId, setDefaultOrgId] = useState<string | undefined>(undefined)
  const [defaultEventDate, setDefaultEventDate] = useState<string | undefined>(undefined)
  // 下一步 refused because a required column is still missing: said in place, never silently.
  const [nextRefused, setNextRefused] = useState(false)
  const [mapping, setMapping] = useState<Mapping>({})
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [summary, setSummary] = useState<ImportSummary | null>(null)
  const check = useImportPreview()
  const commit = useImportCommit()

  const runPreview = (
    payload: FilePayload, withMapping: Mapping | undefined, then: (p: ImportPreview) => void,
    choices: { defaultOrgId?: string | undefined; defaultEventDate?: string | undefined } = { defaultOrgId, defaultEventDate },
  ) =>
    check.mutate(
      { file: payload, mapping: withMapping, defaultOrgId: choices.defaultOrgId, defaultEventDate: choices.defaultEventDate },
      {
        onSuccess: (p) => {
          setPreview(p)
          // The core's proposal (known variants plus what it remembered) becomes the starting point for corrections.
          setMapping(Object.fromEntries(p.columns.map((c) => [c.header, c.field])))
          then(p)
        },
      },
    )

  const start = () => {
    // A second click while the first import runs must not import the file twice.
    if (!file || commit.isPending || summary) return
    setStep(3)
    commit.mutate(
      { file, mapping, defaultOrgId, defaultEventDate, withReport: true },
      {
        onSuccess: (s) => {
          setSummary(s)
          setStep(4)
        },
        onError: () => setStep(2),
      },
    )
  }

  const restart = () => {
    setStep(0)
    setFile(null)
    setPreview(null)
    setSummary(null)
    setMapping({})
    check.reset()
    commit.reset()
  }

  return (
    <Card
      title={
        <Space>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate('..')} aria-label={text.back} />
          {text.title}
        </Space>
      }
    >
      <Steps current={step === 4 ? 5 : step} items={text.steps.map((title) => ({ title }))} style={{ marginBottom: 24 }} />
      {step === 0 ? (
        <ImportFileStep
          defaultOrgId={defaultOrgId}
          onDefaultOrg={setDefaultOrgId}
          reading={check.isPending}
          error={check.error}
          chosen={file}
          onContinue={() => file && runPreview(file, mapping, () => setStep(1))}
          onFile={(payload) => {
            setFile(payload)
            runPreview(payload, undefined, () => setStep(1))
          }}
        />
      ) : null}
      {step === 1 && preview && file ? (
        <ImportMappingStep
          fileName={file.fileName}
          preview={preview}
          mapping={mapping}
          onMapping={setMapping}
          checking={check.isPending}
          error={check.error}
          // 上一步 keeps the file: the first step offers to go on with it or to choose another.
          onBack={() => setStep(0)}
          nextRefused={nextRefused}
          choices={{ defaultOrgId, defaultEventDate }}
          onChoices={(next) => {
            setDefaultOrgId(next.defaultOrgId)
            setDefaultEventDate(next.defaultEventDate)
            setNextRefused(false)
            runPreview(file, mapping, () => undefined, next)
          }}
          onNext={() =>
            runPreview(file, mapping, (p) => {
              setNextRefused(p.missingFields.length > 0)
              if (p.missingFields.length === 0) setStep(2)
            })
          }
        />
      ) : null}
      {step === 2 && preview ? (
        <ImportPreviewStep preview={preview} error={commit.error} onBack={() => setStep(1)} onStart={start} starting={commit.isPending} />
      ) : null}
      {step === 3 ? <ImportRunningStep total={preview?.summary.total ?? 0} /> : null}
      {step === 4 && summary ? (
        <ImportDoneStep summary={summary} preview={preview} onAgain={restart} onList={() => void navigate('..')} />
      ) : null}
    </Card>
  )
}
