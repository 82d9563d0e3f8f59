import { Button, Card, Col, Empty, Input, Row, Space, Switch, Tag, Tree, Typography, type TreeDataNode } from 'antd'
import { useMemo, useState } from 'react'
import { orgStatusLabels, type OrgDetail, type OrgSummary } from '../../shared/contract/orgs'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useOrgs } from './api'
import { copy } from './copy'
import { DissolveOrgModal } from './DissolveOrgModal'
import { MergeOrgsModal } from './MergeOrgsModal'
import { OrgDetailCard } from './OrgDetailCard'
import { OrgFormModal } from './OrgFormModal'
import { buildOrgTree, type OrgNode } from './org-tree'

type Dialog =
  | { kind: 'form'; editing: OrgDetail | null; parentId: string | null }
  | { kind: 'merge'; org: OrgDetail }
  | { kind: 'dissolve'; org: OrgDetail }
  | null

function OrgTitle({ org }: { org: OrgSummary }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, width: '100%', paddingInlineEnd: 8 }} data-testid="org-node">
      <span style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={org.name}>
        {org.name}
      </span>
      {org.status === 'active' ? null : <Tag>{orgStatusLabels[org.status]}</Tag>}
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {copy.treeCount(org.counts.members)}
      </Typography.Text>
    </span>
  )
}

function toTreeData(nodes: OrgNode[]): TreeDataNode[] {
  return nodes.map((n) => ({ key: n.org.id, title: <OrgTitle org={n.org} />, children: toTreeData(n.children) }))
}

/** Keeps the orgs whose name matches and every ancestor of them, so a match is shown where it sits in the tree. */
function filterWithAncestors(orgs: readonly OrgSummary[], q: string): OrgSummary[] {
  const needle = q.trim()
  if (!needle) return [...orgs]
  const byId = new Map(orgs.map((o) => [o.id, o]))
  const keep = new Set<string>()
  for (const o of orgs) {
    if (!o.name.includes(needle)) continue
    let cur: OrgSummary | undefined = o
    while (cur && !keep.has(cur.id)) {
      keep.add(cur.id)
      cur = cur.parentId ? byId.get(cur.parentId) : undefined
    }
  }
  return orgs.filter((o) => keep.has(o.id))
}

export function OrgsPage() {
  const [showInactive, setShowInactive] = useState(false)
  const [q, setQ] = useState('')
  const [selected, setSelected] = useState<string | null>(null)
  const [dialog, setDialog] = useState<Dialog>(null)
  const orgs = useOrgs(showInactive)
  const list = useMemo(() => orgs.data ?? [], [orgs.data])
  const treeData = useMemo(() => toTreeData(buildOrgTree(filterWithAncestors(list, q))), [list, q])
  const close = () => setDialog(null)

  return (
    <Row gutter={16} wrap={false}>
      <Col flex="380px">
        <Card
          title={copy.treeTitle}
          extra={
            <Button type="primary" onClick={() => setDialog({ kind: 'form', editing: null, parentId: null })}>
              {copy.addRoot}
            </Button>
          }
          styles={{ body: { paddingTop: 12 } }}
        >
          <Space orientation="vertical" style={{ width: '100%' }} size={12}>
            <Input.Search allowClear placeholder={copy.searchTree} onChange={(e) => setQ(e.target.value)} />
            <Space>
              <Switch size="small" checked={showInactive} onChange={setShowInactive} aria-label={copy.showInactive} />
              <Typography.Text type="secondary">{copy.showInactive}</Typography.Text>
            </Space>
            <ErrorAlert error={orgs.error} />
            {orgs.data && list.length === 0 ? (
              <Empty description={copy.emptyTree} />
            ) : (
              <Tree
                blockNode
                defaultExpandAll
                key={`${showInactive}-${q}-${list.length}`}
                treeData={treeData}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => setSelected(typeof keys[0] === 'string' ? keys[0] : null)}
                height={560}
                aria-label={copy.treeTitle}
              />
            )}
          </Space>
        </Card>
      </Col>
      <Col flex="auto" style={{ minWidth: 0 }}>
        <OrgDetailCard
          id={selected}
          onEdit={(org) => setDialog({ kind: 'form', editing: org, parentId: org.parentId })}
          onAddChild={(org) => setDialog({ kind: 'form', editing: null, parentId: org.id })}
          onMerge={(org) => setDialog({ kind: 'merge', org })}
          onDissolve={(org) => setDialog({ kind: 'dissolve', org })}
        />
      </Col>
      {dialog?.kind === 'form' ? (
        <OrgFormModal
          open
          editing={dialog.editing}
          parentId={dialog.parentId}
          orgs={list}
          onClose={close}
          onSaved={(org) => {
            setSelected(org.id)
            close()
          }}
        />
      ) : null}
      {dialog?.kind === 'merge' ? (
        <MergeOrgsModal
          open
          org={dialog.org}
          orgs={list}
          onClose={close}
          onMerged={(keptId) => {
            setSelected(keptId)
            close()
          }}
        />
      ) : null}
      {dialog?.kind === 'dissolve' ? <DissolveOrgModal open org={dialog.org} onClose={close} /> : null}
    </Row>
  )
}
