import { UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, Descriptions, List, Row, Space, Steps, Table, Tag, Typography, Upload } from 'antd'
import { useNavigate, useParams } from 'react-router'
import { contractProblemNames, type ContractDetail, type CoveredEnterprise, type Negotiator } from '../../shared/contract/contracts'
import { AttachmentLine } from '../ui/AttachmentLine'
import { ErrorAlert } from '../ui/ErrorAlert'
import { PrintAction } from '../ui/PrintAction'
import { yuan } from '../ui/money'
import { useAttachContractFile, useContract } from './api'
import { copy } from './copy'
import { stepIcon, stepStatus, toneColor } from './tones'

function Timeline({ c }: { c: ContractDetail }) {
  return (
    <Card title={copy.timelineTitle} size="small">
      <Steps
        direction="vertical"
        size="small"
        items={c.timeline.map((s) => ({
          status: stepStatus[s.tone],
          icon: stepIcon[s.tone],
          title: (
            <Space>
              <span>{s.label}</span>
              {s.date && <span>{s.date}</span>}
              <Tag color={toneColor[s.tone]} data-testid={`step-${s.key}`}>{copy.toneLabels[s.tone]}</Tag>
            </Space>
          ),
          description: (
            <span>
              {s.due && <Typography.Text type="secondary">{copy.dueLabel} {s.due}　</Typography.Text>}
              {s.reason}
            </span>
          ),
        }))}
      />
    </Card>
  )
}

function NegotiatorList({ title, people }: { title: string; people: Negotiator[] }) {
  return (
    <List
      size="small"
      header={title}
      dataSource={people}
      renderItem={(p) => (
        <List.Item>
          {p.name} {p.chief && <Tag color="blue">{copy.chief}</Tag>} {p.expert && <Tag>{copy.expert}</Tag>}
        </List.Item>
      )}
    />
  )
}

export function ContractPage() {
  const { id } = useParams()
  const navigate = useNavigate()
  const q = useContract(id)
  const attach = useAttachContractFile()
  const c = q.data
  const f = copy.fields
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <Button onClick={() => void navigate('..', { relative: 'path' })}>{copy.back}</Button>
        {c && <Button type="primary" onClick={() => void navigate('edit')}>{copy.edit}</Button>}
        {c && <PrintAction document="contract" contractId={c.id} />}
      </Space>
      <ErrorAlert error={q.error ?? attach.error} />
      {c && (
        <Row gutter={16}>
          <Col span={10}>
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Card title={copy.checkTitle} size="small">
                {c.check.ok ? (
                  <Alert type="success" showIcon message={copy.checkOk} />
                ) : (
                  <List size="small" dataSource={c.check.problems} renderItem={(p) => <List.Item><Tag color="red">{contractProblemNames[p.code]}</Tag>{p.message}</List.Item>} />
                )}
              </Card>
              <Timeline c={c} />
            </Space>
          </Col>
          <Col span={14}>
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Card title={`${c.title}（${c.kind}）`} size="small">
                <Descriptions size="small" column={2}>
                  <Descriptions.Item label={f.unionSide}>{c.unionSide}</Descriptions.Item>
                  <Descriptions.Item label={f.employerSide}>{c.employerSide}</Descriptions.Item>
                  <Descriptions.Item label={f.workersCovered}>
                    {c.workersCovered} 人{c.workersCoveredReason ? `（${c.workersCoveredReason}；${copy.workersComputed(c.workersComputed)}）` : ''}
                  </Descriptions.Item>
                  <Descriptions.Item label={copy.columns.term}>{c.termStart && `${c.termStart} 至 ${c.termEnd ?? ''}`}</Descriptions.Item>
                  {c.emergency && <Descriptions.Item label={f.emergency} span={2}>{c.emergencyReason}</Descriptions.Item>}
                </Descriptions>
              </Card>
              <Card title={`${copy.enterprisesTitle}（${c.enterprises.length}）`} size="small">
                <Table<CoveredEnterprise>
                  size="small"
                  rowKey="id"
                  pagination={{ pageSize: 8, hideOnSinglePage: true }}
                  dataSource={c.enterprises}
                  columns={[
                    { title: copy.columns.enterprises, dataIndex: 'name' },
                    { title: copy.columns.workers, dataIndex: 'workers', align: 'right', width: 100 },
                  ]}
                />
              </Card>
              <Card title={copy.negotiatorsTitle} size="small">
                <Row gutter={16}>
                  <Col span={12}><NegotiatorList title={copy.unionSideNegotiators} people={c.negotiators.union} /></Col>
                  <Col span={12}><NegotiatorList title={copy.employerSideNegotiators} people={c.negotiators.employer} /></Col>
                </Row>
              </Card>
              <Card title={copy.termsTitle} size="small">
                <Descriptions size="small" column={2}>
                  <Descriptions.Item label={f.minimumWage}>{c.terms.minimumWageFen === null ? '' : yuan(c.terms.minimumWageFen)}</Descriptions.Item>
                  <Descriptions.Item label={f.wageIncreasePct}>{c.terms.wageIncreasePct ?? ''}</Descriptions.Item>
                  <Descriptions.Item label={f.workingHours}>{c.terms.workingHours}</Descriptions.Item>
                  <Descriptions.Item label={f.rest}>{c.terms.rest}</Descriptions.Item>
                  <Descriptions.Item label={f.womenProtection}>{c.terms.womenProtection}</Descriptions.Item>
                  <Descriptions.Item label={f.safety}>{c.terms.safety}</Descriptions.Item>
                </Descriptions>
              </Card>
              <Card
                title={copy.attachmentsTitle}
                size="small"
                extra={
                  <Upload showUploadList={false} beforeUpload={(file) => { attach.mutate({ contractId: c.id, file }); return false }}>
                    <Button size="small" icon={<UploadOutlined />} loading={attach.isPending}>{copy.attach}</Button>
                  </Upload>
                }
              >
                <List size="small" dataSource={c.attachments} renderItem={(a) => <List.Item><AttachmentLine file={a} /></List.Item>} />
              </Card>
            </Space>
          </Col>
        </Row>
      )}
    </Space>
  )
}
