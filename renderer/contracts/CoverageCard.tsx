import { Card, Col, Row, Statistic, Table, Typography } from 'antd'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useContractCoverage } from './api'
import { copy } from './copy'

/** Coverage as the county reads it, with its summary sentence computed by the core. */
export function CoverageCard() {
  const cov = useContractCoverage()
  const c = copy.coverage
  return (
    <Card title={copy.coverageTitle} size="small" loading={cov.isPending}>
      <ErrorAlert error={cov.error} />
      {cov.data && (
        <>
          <Row gutter={16}>
            <Col span={5}><Statistic title={c.contracts} value={cov.data.contracts} suffix={c.unitContracts} /></Col>
            <Col span={5}><Statistic title={c.enterprises} value={cov.data.enterprises} suffix={c.unitEnterprises} /></Col>
            <Col span={5}><Statistic title={c.workers} value={cov.data.workers} suffix={c.unitWorkers} groupSeparator="" /></Col>
            <Col span={5}><Statistic title={c.workersDedup} value={cov.data.workersDeduplicated} suffix={c.unitWorkers} groupSeparator="" /></Col>
            <Col span={4}><Statistic title={c.newThisYear} value={cov.data.newThisYear} suffix={c.unitContracts} /></Col>
          </Row>
          <Typography.Paragraph strong style={{ marginTop: 12, marginBottom: 8 }} data-testid="coverage-sentence">
            {cov.data.sentence}
          </Typography.Paragraph>
          {cov.data.byKind.length > 0 && (
            <Table
              size="small"
              rowKey="kind"
              pagination={false}
              dataSource={cov.data.byKind}
              columns={[
                { title: copy.columns.kind, dataIndex: 'kind' },
                { title: c.contracts, dataIndex: 'contracts', align: 'right' },
                { title: c.workers, dataIndex: 'workers', align: 'right' },
              ]}
            />
          )}
        </>
      )}
    </Card>
  )
}
