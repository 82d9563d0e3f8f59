import { Button, Card, Col, Descriptions, Row, Space, Table, Tag, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import { useNavigate, useParams } from 'react-router'
import type { HardshipFile } from '../../shared/hardship/types'
import { ErrorAlert } from '../ui/ErrorAlert'
import { yuan } from '../ui/money'
import { useHardshipFile, useRevealHardshipFile } from './api'
import { CategoryCalculationCard } from './CategoryCalculationCard'
import { copy } from './copy'
import { HardshipForm } from './HardshipForm'
import { LifecycleCard } from './LifecycleCard'
import { PrintAction } from '../ui/PrintAction'
import { RevealReasonModal } from '../ui/RevealReasonModal'

/** Phone, health details and numbers come masked; the full file is asked for with a reason, which the core records. */
function RevealAction({ file, revealed, onRevealed }: { file: HardshipFile; revealed: boolean; onRevealed: (f: HardshipFile) => void }) {
  const [asking, setAsking] = useState(false)
  const reveal = useRevealHardshipFile(file.id)
  if (revealed) return <Typography.Text type="secondary">{copy.revealed}</Typography.Text>
  return (
    <>
      <Button size="small" onClick={() => setAsking(true)}>
        {copy.reveal}
      </Button>
      {asking ? (
        <RevealReasonModal
          reveal={reveal}
          copy={copy.revealCopy}
          onClose={() => setAsking(false)}
          onRevealed={(f) => {
            onRevealed(f)
            setAsking(false)
          }}
        />
      ) : null}
    </>
  )
}

function Basics({ file, extra }: { file: HardshipFile; extra: ReactNode }) {
  const none = copy.none
  return (
    <Card title={copy.basics} size="small" extra={extra}>
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'name', label: copy.columns.memberName, children: file.memberName },
          { key: 'id', label: copy.columns.idNumber, children: file.idNumber },
          { key: 'status', label: copy.columns.status, children: <Tag>{file.status}</Tag> },
          { key: 'cat', label: copy.category, children: file.category ? <Tag color="red">{file.category}</Tag> : copy.noCategory },
          { key: 'size', label: copy.householdSize, children: `${file.householdSize} ${copy.persons}` },
          { key: 'causes', label: copy.causesLabel, children: file.causes.join('、') },
          { key: 'reason', label: copy.categoryReasonLabel, children: file.categoryReason ?? none },
          { key: 'in', label: copy.incomeTotal, children: `${yuan(file.calculation.annualIncomeFen)} 元` },
          { key: 'out', label: copy.expenseTotal, children: `${yuan(file.calculation.rigidExpensesFen)} 元` },
          { key: 'addr', label: copy.address, children: file.address ?? none },
          { key: 'phone', label: copy.phone, children: file.phone ?? none },
          { key: 'bank', label: copy.bankAccount, children: file.bankAccount ? `${file.bankName ?? ''} ${file.bankAccount}` : none },
        ]}
      />
      <Table
        size="small"
        pagination={false}
        rowKey={(m) => `${m.name}-${m.relation}`}
        dataSource={file.familyMembers}
        style={{ marginTop: 12 }}
        columns={[
          { title: copy.family.name, dataIndex: 'name' },
          { title: copy.family.relation, dataIndex: 'relation' },
          { title: copy.family.idNumber, dataIndex: 'idNumber' },
          { title: '年龄', dataIndex: 'age' },
          { title: copy.family.health, dataIndex: 'health' },
          { title: copy.family.employment, dataIndex: 'employment' },
          { title: copy.family.monthlyIncome, dataIndex: 'monthlyIncomeFen', align: 'right', render: (f: number) => yuan(f) },
        ]}
      />
    </Card>
  )
}

export function HardshipFilePage() {
  const { id } = useParams()
  const navigate = useNavigate()
  const file = useHardshipFile(id)
  const [editing, setEditing] = useState(false)
  const [revealed, setRevealed] = useState<HardshipFile | null>(null)
  if (file.error) return <ErrorAlert error={file.error} />
  if (!file.data) return <Card loading />
  // A reveal shows the file as it was then: another file, or this one saved since, goes back to masked.
  const full = revealed?.id === file.data.id && revealed.updatedAt === file.data.updatedAt ? revealed : null
  if (editing) return <HardshipForm file={file.data} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <Button onClick={() => void navigate('..', { relative: 'path' })}>{copy.back}</Button>
        <Button type="primary" onClick={() => setEditing(true)}>
          {copy.edit}
        </Button>
        <PrintAction document="hardshipFile" fileId={file.data.id} />
      </Space>
      <Row gutter={16}>
        <Col span={16}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Basics file={full ?? file.data} extra={<RevealAction file={file.data} revealed={full !== null} onRevealed={setRevealed} />} />
            <LifecycleCard file={file.data} />
          </Space>
        </Col>
        <Col span={8}>
          <CategoryCalculationCard calculation={file.data.calculation} />
        </Col>
      </Row>
    </Space>
  )
}
