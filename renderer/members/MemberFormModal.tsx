import { PlusOutlined } from '@ant-design/icons'
import { App, Button, DatePicker, Divider, Form, Input, Radio, Select, Switch } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { memberSaveInput, type MemberDetail, type MemberSaveInput } from '../../shared/contract/members'
import { toIsoDate } from '../../shared/dates'
import {
  employmentStatuses, eventReasons, genders, hukouTypes, newFormTypes, politicalStatuses, skillLevels,
  type Gender, type NewFormType,
} from '../../shared/members/fields'
import { ErrorAlert } from '../ui/ErrorAlert'
import { isFormLevelError, showFieldError } from '../ui/form-errors'
import { FormModal } from '../ui/FormModal'
import { zodRule } from '../ui/zod-rule'
import { useOrgEnterprises, useOrgOptions, useSaveMember } from './api'
import { copy, fieldLabels as L, formCopy, orgQuickCopy } from './copy'
import { IdNumberField } from './IdNumberField'
import { QuickOrgModal } from './QuickOrgModal'

type TextField =
  | 'name' | 'ethnicity' | 'employmentStatus' | 'education' | 'skillLevel' | 'phone' | 'hukouType' | 'hukouPlace'
  | 'politicalStatus' | 'employerName' | 'nativePlace' | 'bankName' | 'bankAccount' | 'notes' | 'joinReason'

type Values = { [K in TextField]?: string | null } & {
  orgId?: string
  enterpriseId?: string | null
  idKind: 'auto' | 'other'
  idNumber?: string
  gender?: Gender | null
  birthDate?: Dayjs | null
  isMigrant?: boolean
  newFormType?: NewFormType | null
  joinDate?: Dayjs
}

const fields: readonly string[] = Object.keys(L)
const rule = (name: TextField) => zodRule(memberSaveInput.shape[name], name, L[name])
const options = (list: readonly string[]) => list.map((v) => ({ value: v, label: v }))
const grid = { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', columnGap: 16 } as const

function initialValues(m: MemberDetail | null, orgId: string | undefined): Values {
  if (!m) return { idKind: 'auto', isMigrant: false, orgId, joinDate: dayjs() }
  return {
    ...m,
    idKind: m.idKind === 'other' ? 'other' : 'auto',
    idNumber: undefined,
    bankAccount: undefined,
    phone: undefined,
    birthDate: m.birthDate ? dayjs(m.birthDate) : null,
  }
}

function toInput(v: Values, editing: MemberDetail | null): MemberSaveInput {
  const idNumber = v.idNumber?.trim() ?? ''
  const bankAccount = v.bankAccount?.trim() ?? ''
  const phone = v.phone?.trim() ?? ''
  return {
    id: editing?.id,
    orgId: v.orgId ?? '',
    enterpriseId: v.enterpriseId ?? null,
    name: v.name ?? '',
    gender: v.gender ?? null,
    birthDate: v.birthDate ? toIsoDate(v.birthDate) : null,
    ethnicity: v.ethnicity, employmentStatus: v.employmentStatus, education: v.education, skillLevel: v.skillLevel,
    phone: phone === '' ? (editing ? undefined : null) : phone, hukouType: v.hukouType, hukouPlace: v.hukouPlace, politicalStatus: v.politicalStatus,
    employerName: v.employerName, nativePlace: v.nativePlace, bankName: v.bankName, notes: v.notes,
    isMigrant: v.isMigrant ?? false,
    newFormType: v.newFormType ?? null,
    // On edit the form holds only the masked numbers: an empty field means "keep what is on file".
    idNumber: idNumber === '' ? undefined : idNumber,
    idKind: v.idKind === 'other' ? 'other' : undefined,
    bankAccount: bankAccount === '' ? (editing ? undefined : null) : bankAccount,
    joinDate: editing || !v.joinDate ? undefined : toIsoDate(v.joinDate),
    joinReason: editing ? undefined : v.joinReason,
  }
}

interface Props {
  editing: MemberDetail | null
  /** The list's union filter, preselected for a new member. */
  defaultOrgId?: string
  onClose: () => void
  onSaved: (memberId: string) => void
}

export function MemberFormModal({ editing, defaultOrgId, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>()
  const save = useSaveMember()
  const orgs = useOrgOptions()
  const { message, notification } = App.useApp()
  const orgId = Form.useWatch('orgId', form)
  const enterprises = useOrgEnterprises(orgId)
  const otherKind = Form.useWatch('idKind', form) === 'other'
  const [creatingOrg, setCreatingOrg] = useState(false)

  const submit = (v: Values) =>
    save.mutate(toInput(v, editing), {
      onSuccess: ({ member, warnings }) => {
        if (warnings.length > 0) {
          notification.warning({ title: formCopy.savedWithWarnings, description: warnings.join('\n'), duration: 0, style: { whiteSpace: 'pre-line' } })
        } else void message.success(formCopy.saved)
        onSaved(member.id)
      },
      onError: (err) => void showFieldError(form, err, fields),
    })

  return (
    <FormModal
      form={form}
      onFinish={submit}
      onClose={onClose}
      pending={save.isPending}
      formProps={{ initialValues: initialValues(editing, defaultOrgId), requiredMark: 'optional' }}
      title={editing ? formCopy.editTitle(editing.name) : formCopy.addTitle}
      okText={formCopy.submit}
      cancelText={copy.cancel}
      width={960}
      styles={{ body: { maxHeight: 'calc(100vh - 240px)', overflowY: 'auto', overflowX: 'hidden', paddingInlineEnd: 8 } }}
    >
      {isFormLevelError(save.error, fields) ? <ErrorAlert error={save.error} /> : null}
      <Divider titlePlacement="start" style={{ marginTop: 0 }}>{formCopy.sections.identity}</Divider>
      <div style={grid}>
        <Form.Item name="name" label={L.name} rules={[rule('name')]} required>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="idKind" label={L.idKind} style={{ gridColumn: 'span 2' }}>
          <Radio.Group
            options={[
              { value: 'auto', label: formCopy.idKindAuto },
              { value: 'other', label: formCopy.idKindOther },
            ]}
          />
        </Form.Item>
      </div>
      <div style={grid}>
        <IdNumberField masked={editing?.idNumber ?? null} otherKind={otherKind} required={editing === null} exceptId={editing?.id} />
        <Form.Item name="birthDate" label={L.birthDate}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="gender" label={L.gender}>
          <Radio.Group options={options(genders)} />
        </Form.Item>
      </div>
      <Divider titlePlacement="start">{formCopy.sections.membership}</Divider>
      <div style={grid}>
        <Form.Item name="orgId" label={L.orgId} rules={[{ required: true, message: formCopy.orgRequired }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            onChange={() => form.setFieldsValue({ enterpriseId: null })}
            notFoundContent={orgQuickCopy.noneYet}
            // Issue 13: a missing union is created on top of this form, so the member typed so far stays.
            popupRender={(menu) => (
              <>
                {menu}
                <Divider style={{ margin: '4px 0' }} />
                <Button type="link" icon={<PlusOutlined />} onClick={() => setCreatingOrg(true)}>
                  {orgQuickCopy.add}
                </Button>
              </>
            )}
          />
        </Form.Item>
        <Form.Item name="enterpriseId" label={L.enterpriseId}>
          <Select
            allowClear
            disabled={!orgId}
            placeholder={orgId ? undefined : formCopy.enterprisePlaceholder}
            options={(enterprises.data ?? []).map((e) => ({ value: e.id, label: e.name }))}
          />
        </Form.Item>
        <Form.Item name="employerName" label={L.employerName} rules={[rule('employerName')]}>
          <Input />
        </Form.Item>
        {editing ? null : (
          <>
            <Form.Item name="joinDate" label={L.joinDate} rules={[{ required: true, message: formCopy.joinDateRequired }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="joinReason" label={L.joinReason} rules={[rule('joinReason')]} style={{ gridColumn: 'span 2' }}>
              <Select allowClear showSearch options={options(eventReasons)} />
            </Form.Item>
          </>
        )}
        <Form.Item name="isMigrant" label={L.isMigrant} valuePropName="checked">
          <Switch checkedChildren={formCopy.yes} unCheckedChildren={formCopy.no} />
        </Form.Item>
        <Form.Item name="newFormType" label={L.newFormType}>
          <Select allowClear options={options(newFormTypes)} />
        </Form.Item>
        <Form.Item name="employmentStatus" label={L.employmentStatus} rules={[rule('employmentStatus')]}>
          <Select allowClear options={options(employmentStatuses)} />
        </Form.Item>
      </div>
      <Divider titlePlacement="start">{formCopy.sections.personal}</Divider>
      <div style={grid}>
        <Form.Item name="phone" label={L.phone} rules={[rule('phone')]}>
          <Input placeholder={editing?.phone ? formCopy.bankKeepPlaceholder(editing.phone) : undefined} inputMode="tel" />
        </Form.Item>
        <Form.Item name="ethnicity" label={L.ethnicity} rules={[rule('ethnicity')]}>
          <Input placeholder={formCopy.ethnicityPlaceholder} />
        </Form.Item>
        <Form.Item name="politicalStatus" label={L.politicalStatus}>
          <Select allowClear showSearch options={options(politicalStatuses)} />
        </Form.Item>
        <Form.Item name="education" label={L.education} rules={[rule('education')]}>
          <Input />
        </Form.Item>
        <Form.Item name="skillLevel" label={L.skillLevel}>
          <Select allowClear options={options(skillLevels)} />
        </Form.Item>
        <Form.Item name="hukouType" label={L.hukouType}>
          <Select allowClear options={options(hukouTypes)} />
        </Form.Item>
        <Form.Item name="hukouPlace" label={L.hukouPlace} rules={[rule('hukouPlace')]}>
          <Input />
        </Form.Item>
        <Form.Item name="nativePlace" label={L.nativePlace} rules={[rule('nativePlace')]}>
          <Input />
        </Form.Item>
      </div>
      <Divider titlePlacement="start">{formCopy.sections.bank}</Divider>
      <div style={grid}>
        <Form.Item name="bankName" label={L.bankName} rules={[rule('bankName')]}>
          <Input />
        </Form.Item>
        <Form.Item name="bankAccount" label={L.bankAccount} style={{ gridColumn: 'span 2' }}>
          <Input style={{ fontFamily: 'monospace' }} placeholder={editing?.bankAccount ? formCopy.bankKeepPlaceholder(editing.bankAccount) : undefined} />
        </Form.Item>
      </div>
      <Form.Item name="notes" label={L.notes} rules={[rule('notes')]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      {creatingOrg ? (
        <QuickOrgModal
          onClose={() => setCreatingOrg(false)}
          onCreated={(org) => {
            setCreatingOrg(false)
            form.setFieldsValue({ orgId: org.id, enterpriseId: null })
          }}
        />
      ) : null}
    </FormModal>
  )
}
