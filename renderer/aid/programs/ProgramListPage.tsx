import { Button, Card, Checkbox, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { AidProgramSummary } from '../../../shared/aid/types'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { usePrograms } from '../api'
import { copy } from '../copy'
import { BudgetBar } from './BudgetBar'
import { TemplateModal } from './TemplateModal'

const p = copy.programs

export function ProgramListPage() {
  const navigate = useNavigate()
  const [allVersions, setAllVersions] = useState(false)
  const [picking, setPicking] = useState(false)
  const programs = usePrograms({ allVersions })
  return (
    <Card
      title={p.title}
      extra={
        <Space>
          <Checkbox checked={allVersions} onChange={(e) => setAllVersions(e.target.checked)}>
            {p.allVersions}
          </Checkbox>
          <Button onClick={() => void navigate('new')}>{p.blank}</Button>
          <Button type="primary" onClick={() => setPicking(true)}>
            {p.fromTemplate}
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={programs.error} />
      <Table<AidProgramSummary>
        rowKey="id"
        size="small"
        loading={programs.isFetching}
        dataSource={programs.data ?? []}
        locale={{ emptyText: p.empty }}
        pagination={false}
        // The program's code (fuweijin) is a key for files and the command line; the clerk reads the name.
        columns={[
          {
            title: p.columns.name,
            dataIndex: 'name',
            render: (name: string, r) => (
              <Space size={4}>
                <Link to={r.id}>{name}</Link>
                {r.frozen ? <Tag color="blue">{p.frozenTag}</Tag> : null}
                {r.current ? null : <Tag>{p.replacedTag}</Tag>}
              </Space>
            ),
          },
          { title: p.columns.year, dataIndex: 'year' },
          { title: p.columns.version, dataIndex: 'version', render: (v: number) => `v${v}` },
          { title: p.columns.kind, dataIndex: 'kind', render: (k: AidProgramSummary['kind']) => copy.kinds[k] },
          { title: p.columns.budget, dataIndex: 'budget', render: (_: unknown, r) => <BudgetBar budget={r.budget} /> },
          { title: p.columns.applications, dataIndex: 'applicationCount', align: 'right' },
          {
            title: p.columns.actions,
            render: (_: unknown, r) => <Link to={r.id}>{r.current ? p.edit : p.view}</Link>,
          },
        ]}
      />
      <TemplateModal
        open={picking}
        onCancel={() => setPicking(false)}
        onOk={(c) => void navigate(`new?${new URLSearchParams({ template: c.template, year: String(c.year), budget: c.budget }).toString()}`)}
      />
    </Card>
  )
}
