import { Button, Descriptions, Divider, Drawer, Space, Spin, Typography } from 'antd'
import { useState } from 'react'
import type { MemberDetail } from '../../shared/contract/members'
import { idKindLabels, memberEventLabels, type MemberEventType } from '../../shared/members/fields'
import { ErrorAlert } from '../ui/ErrorAlert'
import { PrintAction } from '../ui/PrintAction'
import { useMember } from './api'
import { copy, detailCopy } from './copy'
import { MemberCorrectionModal, type Correction } from './MemberCorrectionModal'
import { MemberEventModal, type MemberAction } from './MemberEventModal'
import { MemberStatusTag } from './MemberStatusTag'
import { MemberTimeline } from './MemberTimeline'
import { RevealModal } from './RevealModal'

const f = detailCopy.fields
const dash = (v: string | null) => v ?? '—'
const mono = { fontFamily: 'monospace' }
/** Button order follows the template's code order, after the transfer that clerks use most. */
const eventOrder: readonly MemberEventType[] = ['join', 'transfer_in', 'retain', 'transfer_out', 'expel', 'withdraw']

const BankAccount = ({ value }: { value: string | null }) => (value ? <span style={mono}>{value}</span> : '—')

interface Props {
  id: string | null
  onClose: () => void
  onEdit: (member: MemberDetail) => void
}

export function MemberDrawer({ id, onClose, onEdit }: Props) {
  return (
    <Drawer open={id !== null} onClose={onClose} size={720} title={detailCopy.title} destroyOnHidden>
      {id ? <MemberDetailView key={id} id={id} onEdit={onEdit} onDeleted={onClose} /> : null}
    </Drawer>
  )
}

function MemberDetailView({ id, onEdit, onDeleted }: { id: string; onEdit: (m: MemberDetail) => void; onDeleted: () => void }) {
  const member = useMember(id)
  // Unmasked numbers live only here and vanish with the drawer; they are never put in the query cache.
  const [revealed, setRevealed] = useState<MemberDetail | null>(null)
  const [asking, setAsking] = useState(false)
  const [action, setAction] = useState<MemberAction | null>(null)
  const [correction, setCorrection] = useState<Correction | null>(null)
  if (member.error) return <ErrorAlert error={member.error} />
  if (!member.data) return <Spin />
  const m = member.data
  const canTransfer = m.allowedEvents.includes('transfer_out')
  const actions = eventOrder.filter((t) => m.allowedEvents.includes(t))

  return (
    <>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="member-name">
          {m.name}
        </Typography.Title>
        <MemberStatusTag status={m.status} />
        <div style={{ flex: 1 }} />
        <PrintAction document="memberForm" memberId={m.id} />
        <Button onClick={() => onEdit(m)}>{detailCopy.edit}</Button>
      </div>
      <Descriptions
        size="small"
        bordered
        column={2}
        styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
        items={[
          {
            key: 'idNumber',
            label: f.idNumber,
            span: 2,
            children: (
              <Space wrap>
                <span style={mono} data-testid="member-id-number">
                  {revealed?.idNumber ?? m.idNumber}
                </span>
                <Typography.Text type="secondary">{idKindLabels[m.idKind]}</Typography.Text>
                {revealed ? (
                  <Typography.Text type="secondary">{detailCopy.revealed}</Typography.Text>
                ) : (
                  <Button size="small" onClick={() => setAsking(true)}>
                    {detailCopy.reveal}
                  </Button>
                )}
              </Space>
            ),
          },
          { key: 'gender', label: f.gender, children: dash(m.gender) },
          { key: 'birthDate', label: f.birthDate, children: m.birthDate ? `${m.birthDate}${m.age === null ? '' : `（${detailCopy.ageValue(m.age)}）`}` : '—' },
          { key: 'org', label: f.org, span: 2, children: m.orgName },
          { key: 'enterprise', label: f.enterprise, children: dash(m.enterpriseName) },
          { key: 'employerName', label: f.employerName, children: dash(m.employerName) },
          { key: 'phone', label: f.phone, children: m.phone ? <span style={mono}>{m.phone}</span> : '—' },
          { key: 'ethnicity', label: f.ethnicity, children: dash(m.ethnicity) },
          { key: 'politicalStatus', label: f.politicalStatus, children: dash(m.politicalStatus) },
          { key: 'education', label: f.education, children: dash(m.education) },
          { key: 'employmentStatus', label: f.employmentStatus, children: dash(m.employmentStatus) },
          { key: 'skillLevel', label: f.skillLevel, children: dash(m.skillLevel) },
          { key: 'migrant', label: f.migrant, children: m.isMigrant ? copy.yes : copy.no },
          { key: 'newFormType', label: f.newFormType, children: dash(m.newFormType) },
          { key: 'hukouType', label: f.hukouType, children: dash(m.hukouType) },
          { key: 'hukouPlace', label: f.hukouPlace, children: dash(m.hukouPlace) },
          { key: 'nativePlace', label: f.nativePlace, span: 2, children: dash(m.nativePlace) },
          { key: 'bankName', label: f.bankName, children: dash(m.bankName) },
          { key: 'bankAccount', label: f.bankAccount, children: <BankAccount value={revealed?.bankAccount ?? m.bankAccount} /> },
          { key: 'notes', label: f.notes, span: 2, children: dash(m.notes) },
        ]}
      />
      <Divider titlePlacement="start">{detailCopy.actionsTitle}</Divider>
      {actions.length === 0 && !canTransfer ? (
        <Typography.Text type="secondary">{detailCopy.noActions}</Typography.Text>
      ) : (
        <Space wrap>
          {canTransfer ? (
            <Button type="primary" onClick={() => setAction('transfer')}>
              {detailCopy.transfer}
            </Button>
          ) : null}
          {actions.map((t) => (
            <Button key={t} danger={t === 'expel'} onClick={() => setAction(t)}>
              {memberEventLabels[t]}
            </Button>
          ))}
        </Space>
      )}
      <Divider titlePlacement="start">{detailCopy.sections.history}</Divider>
      <MemberTimeline events={m.events} />
      <Space wrap>
        {/* The only standing event cannot be voided: a person entered by mistake is deleted instead. */}
        {m.events.filter((e) => e.voided === null).length > 1 ? <Button onClick={() => setCorrection('void')}>{detailCopy.correct}</Button> : null}
        <Button danger onClick={() => setCorrection('delete')}>{detailCopy.remove}</Button>
      </Space>
      {correction ? <MemberCorrectionModal member={m} kind={correction} onClose={() => setCorrection(null)} onDeleted={onDeleted} /> : null}
      {asking ? (
        <RevealModal
          memberId={m.id}
          onClose={() => setAsking(false)}
          onRevealed={(d) => {
            setRevealed(d)
            setAsking(false)
          }}
        />
      ) : null}
      {action ? <MemberEventModal member={m} action={action} onClose={() => setAction(null)} /> : null}
    </>
  )
}
