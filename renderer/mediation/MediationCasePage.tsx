import { Alert, Button, Card, Col, Descriptions, Row, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import type { MediationCase, MediationWorker } from '../../shared/contract/mediation'
import { ErrorAlert } from '../ui/ErrorAlert'
import { yuan } from '../ui/money'
import { useMediationCase } from './api'
import { copy } from './copy'
import { statusColor, statusLabel } from './labels'
import { MediationForm } from './MediationForm'
import { WorkflowCard } from './WorkflowCard'

function Basics({ c }: { c: MediationCase }) {
  const none = copy.none
  return (
    <Card title={`${copy.basics}　${c.caseNo}`} size="small">
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'status', label: copy.columns.status, children: <Tag color={statusColor[c.status]}>{statusLabel(c.status)}</Tag> },
          { key: 'type', label: copy.type, children: c.type },
          { key: 'ent', label: copy.enterprise, children: c.enterpriseName },
          { key: 'applied', label: copy.appliedDate, children: c.appliedDate },
          { key: 'accepted', label: copy.acceptedDate, children: c.acceptedDate },
          { key: 'closed', label: copy.columns.closedDate, children: c.closedDate ?? none },
          { key: 'mediator', label: copy.mediator, children: c.mediator ?? none },
          { key: 'claim', label: copy.claimYuan, children: c.claimFen === null ? none : yuan(c.claimFen) },
          { key: 'aid', label: copy.legalAid, children: c.legalAid ? `${copy.yes}（${c.legalAidKind ?? ''}）` : copy.no },
          { key: 'claims', label: copy.claims, span: 3, children: c.claims ?? none },
          ...(c.agreement ? [{ key: 'agreement', label: copy.agreement, span: 3, children: c.agreement }] : []),
          ...(c.note ? [{ key: 'note', label: copy.note, span: 3, children: c.note }] : []),
        ]}
      />
      <Table<MediationWorker>
        size="small"
        pagination={false}
        rowKey={(w) => `${w.memberId ?? ''}-${w.name}-${w.idNumber ?? ''}`}
        dataSource={c.workers}
        style={{ marginTop: 12 }}
        columns={[
          { title: copy.workerName, dataIndex: 'name' },
          { title: copy.workerIdNumber, dataIndex: 'idNumber', render: (v: string | null) => v ?? none },
          { title: copy.workerPhone, dataIndex: 'phone', render: (v: string | null) => v ?? none },
          { title: copy.isMember, dataIndex: 'memberId', render: (v: string | null) => (v ? copy.yes : copy.no) },
        ]}
      />
    </Card>
  )
}

export function MediationCasePage() {
  const { id } = useParams()
  const navigate = useNavigate()
  const c = useMediationCase(id)
  const [editing, setEditing] = useState(false)
  if (c.error) return <ErrorAlert error={c.error} />
  if (!c.data) return <Card loading />
  if (editing) return <MediationForm existing={c.data} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
  const open = c.data.status === '受理' || c.data.status === '调解中'
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <Button onClick={() => void navigate('..', { relative: 'path' })}>{copy.back}</Button>
        {c.data.editable ? (
          <Button type="primary" onClick={() => setEditing(true)}>
            {copy.edit}
          </Button>
        ) : null}
      </Space>
      <Alert
        type={c.data.overdue ? (open ? 'error' : 'warning') : open ? 'info' : 'success'}
        showIcon
        title={c.data.clockText}
        description={c.data.arbitrationLimitEnd ? `${copy.arbitrationLimit} ${c.data.arbitrationLimitEnd}（劳动争议调解仲裁法第二十七条）` : undefined}
        data-testid="mediation-clock"
      />
      <Row gutter={16}>
        <Col span={14}>
          <Basics c={c.data} />
        </Col>
        <Col span={10}>
          <WorkflowCard c={c.data} />
        </Col>
      </Row>
    </Space>
  )
}
