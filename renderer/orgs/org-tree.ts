import type { OrgSummary } from '../../shared/contract/orgs'

export interface OrgNode {
  org: OrgSummary
  children: OrgNode[]
}

/**
 * The core sends a flat list with parentId; a parent that is not in the list (filtered out as merged, or outside
 * this office) makes its children roots, so nothing disappears from the tree.
 */
export function buildOrgTree(orgs: readonly OrgSummary[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>()
  for (const org of orgs) nodes.set(org.id, { org, children: [] })
  const roots: OrgNode[] = []
  for (const node of nodes.values()) {
    const parent = node.org.parentId ? nodes.get(node.org.parentId) : undefined
    if (parent && parent !== node) parent.children.push(node)
    else roots.push(node)
  }
  const byName = (a: OrgNode, b: OrgNode) => a.org.name.localeCompare(b.org.name, 'zh-CN', { numeric: true })
  const sortDeep = (list: OrgNode[]) => {
    list.sort(byName)
    for (const n of list) sortDeep(n.children)
  }
  sortDeep(roots)
  return roots
}

/** The ids of an org and everything under it: an org cannot become its own descendant's child. */
export function subtreeIds(orgs: readonly OrgSummary[], rootId: string): Set<string> {
  const ids = new Set([rootId])
  let grew = true
  while (grew) {
    grew = false
    for (const o of orgs) {
      if (o.parentId && ids.has(o.parentId) && !ids.has(o.id)) {
        ids.add(o.id)
        grew = true
      }
    }
  }
  return ids
}
