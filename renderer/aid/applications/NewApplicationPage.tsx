import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Result, Row, Select, Space, Steps } from 'antd'
import dayjs from 'dayjs'
import { useEffect, useRef, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { toIsoDate } from '../../../shared/dates'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { ActionButton } from '../ActionButton'
import { useApplication, useCalc, useCreateApplication, useProgram, usePrograms, useSubmitApplication, useUpdateApplication } from '../api'
import { copy } from '../copy'
import { MemberPicker } from '../../ui/MemberPicker'
import { useDebouncedValue } from '../../ui/useDebouncedValue'
import { ruleInputOrNull, toFormValues, toRuleInput, type ApplicationFormValues } from './application-input'
import { CalcPreview } from './CalcPreview'
import { InputFields } from './InputFields'
import { MaterialsChecklist } from './MaterialsChecklist'

const a = copy.apply

/**
 * 申请: member → program → the kind's fields with the live calculation → materials → submit. `?id=` continues a
 * saved draft (or a returned application) at its fields, with the same steps after.
 */
export function NewApplicationPage() {
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [params] = useSearchParams()
  const continuing = params.get('id')
  const [step, setStep] = useState(0)
  const [memberId, setMemberId] = useState<string>()
  const [programId, setProgramId] = useState<string>()
  const [createdId, setCreatedId] = useState<string | null>(continuing)
  const [materials, setMaterials] = useState<string[]>([])
  const [done, setDone] = useState(false)
  const [form] = Form.useForm<ApplicationFormValues>()
  const programs = usePrograms({})
  const program = useProgram(programId)
  const createdQuery = useApplication(createdId)
  const saved = createdId ? createdQuery.data : undefined
  const create = useCreateApplication()
  const submit = useSubmitApplication()
  const update = useUpdateApplication()
  const values = Form.useWatch([], form)
  const rule = program.data?.definition.rule
  const ruleInput = rule && values ? ruleInputOrNull(rule, values) : null
  // Once the draft is saved, the preview leaves it out of the member's history so it is not counted against itself.
  const calcInput = useDebouncedValue(
    memberId && programId && ruleInput
      ? { memberId, programId, input: ruleInput, date: values?.date ? toIsoDate(values.date) : undefined, applicationId: createdId ?? undefined }
      : null,
    250,
  )
  const calc = useCalc(calcInput)

  // Continuing: once the draft and its program's rule are loaded, put them back into the steps and the form, once.
  const hydrated = useRef(false)
  const draft = continuing ? createdQuery.data : undefined
  useEffect(() => {
    if (!draft || hydrated.current) return
    setMemberId(draft.memberId)
    setProgramId(draft.programId)
    setMaterials(draft.materials.filter((m) => m.provided).map((m) => m.name))
    if (!rule || program.data?.id !== draft.programId) return
    form.setFieldsValue(toFormValues(rule, draft.input, draft.date, draft.payee.accountSource === 'application' ? draft.payee.bankName : null))
    setStep(2)
    hydrated.current = true
  }, [draft, rule, program.data?.id, form])

  const saveDraft = (v: ApplicationFormValues) => {
    if (!rule) return
    if (createdId) {
      // The saved account number is not shown, so an empty number field keeps it; a typed one replaces both parts.
      const account = v.bankAccount?.trim() ? { bankName: v.bankName ?? null, bankAccount: v.bankAccount } : {}
      update.mutate(
        { id: createdId, input: toRuleInput(rule, v), date: v.date ? toIsoDate(v.date) : undefined, ...account },
        { onSuccess: () => setStep(3) },
      )
      return
    }
    create.mutate(
      {
        memberId,
        programId,
        input: toRuleInput(rule, v),
        date: v.date ? toIsoDate(v.date) : undefined,
        bankName: v.bankName ?? null,
        bankAccount: v.bankAccount ?? null,
      },
      {
        onSuccess: (app) => {
          setCreatedId(app.id)
          setMaterials(app.materials.filter((m) => m.provided).map((m) => m.name))
          setStep(3)
          void message.info(a.draftSaved)
        },
      },
    )
  }
  // Ticks are saved as they are made, so the core's answer on whether the application may be submitted is current.
  const tick = (names: string[]) => {
    setMaterials(names)
    if (createdId) update.mutate({ id: createdId, materials: names })
  }
  const doSubmit = () => {
    if (createdId) submit.mutate({ id: createdId, materials }, { onSuccess: () => setDone(true) })
  }

  const restart = () => {
    if (continuing) void navigate('/aid/apply')
    hydrated.current = false
    form.resetFields()
    setCreatedId(null)
    setMaterials([])
    setDone(false)
    setStep(0)
  }

  if (done) {
    return (
      <Result
        status="success"
        title={a.submitted}
        extra={[
          <Button key="review" type="primary" onClick={() => void navigate('../review', { relative: 'path' })}>
            {a.toReview}
          </Button>,
          <Button key="again" onClick={restart}>
            {a.another}
          </Button>,
        ]}
      />
    )
  }

  const currentPrograms = (programs.data ?? []).filter((p) => p.current)
  return (
    <Row gutter={16}>
      <Col span={15}>
        <Card title={continuing ? a.continueTitle : a.title}>
          <Steps current={step} items={a.steps.map((title) => ({ title }))} style={{ marginBottom: 24 }} />
          <ErrorAlert error={create.error ?? update.error ?? submit.error ?? (continuing ? createdQuery.error : null)} />
          {step === 0 ? (
            <Form layout="vertical">
              <Form.Item label={a.member} htmlFor="aid-member" required>
                <MemberPicker id="aid-member" value={memberId} onChange={setMemberId} />
              </Form.Item>
              <Button type="primary" disabled={!memberId} onClick={() => setStep(1)}>
                {a.next}
              </Button>
            </Form>
          ) : null}
          {step === 1 ? (
            <Form layout="vertical">
              {/* Without the list (or the chosen program's rule) the clerk cannot go on; say why instead of an empty list. */}
              <ErrorAlert error={programs.error ?? program.error} />
              <Form.Item label={a.program} htmlFor="aid-program" required>
                <Select
                  id="aid-program"
                  value={programId}
                  onChange={setProgramId}
                  placeholder={a.programPlaceholder}
                  loading={programs.isPending}
                  options={currentPrograms.map((p) => ({ value: p.id, label: `${p.name}（${p.year} 年度，${copy.kinds[p.kind]}）` }))}
                />
              </Form.Item>
              <Space>
                <Button onClick={() => setStep(0)}>{a.prev}</Button>
                <Button type="primary" disabled={!programId || !rule} onClick={() => setStep(2)}>
                  {a.next}
                </Button>
              </Space>
            </Form>
          ) : null}
          <div style={{ display: step === 2 ? 'block' : 'none' }}>
            <Form form={form} layout="vertical" initialValues={{ date: dayjs() }} onFinish={saveDraft}>
              <Form.Item name="date" label={a.date} rules={[{ required: true, message: `请选择${a.date}` }]}>
                <DatePicker />
              </Form.Item>
              {rule ? <InputFields rule={rule} /> : null}
              <Space>
                <Form.Item name="bankName" label={a.bankName}>
                  <Input style={{ width: 220 }} />
                </Form.Item>
                <Form.Item name="bankAccount" label={a.bankAccount}>
                  <Input style={{ width: 300 }} />
                </Form.Item>
              </Space>
              <Space style={{ display: 'flex' }}>
                {/* A saved application keeps its member and program; only its fields can change. */}
                <Button disabled={createdId !== null} onClick={() => setStep(1)}>
                  {a.prev}
                </Button>
                <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
                  {createdId ? a.saveChanges : a.saveDraft}
                </Button>
              </Space>
            </Form>
          </div>
          {step === 3 ? <ErrorAlert error={createdQuery.error} /> : null}
          {step === 3 && saved ? (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {saved.warnings.map((w) => (
                <Alert key={w} type="warning" showIcon title={w} />
              ))}
              <MaterialsChecklist application={saved} checked={materials} onCheckedChange={tick} />
              <ActionButton type="primary" allowed={saved.actions.submit} loading={submit.isPending} disabled={update.isPending} onClick={doSubmit}>
                {a.submit}
              </ActionButton>
            </Space>
          ) : null}
        </Card>
      </Col>
      <Col span={9}>
        <div style={{ position: 'sticky', top: 16 }}>
          <CalcPreview calc={calc.data} error={calc.error} loading={calc.isFetching} />
        </div>
      </Col>
    </Row>
  )
}
