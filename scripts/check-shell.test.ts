import { describe, expect, it } from 'vitest'
import { unexplained, type Finding } from './check-shell'

const finding = (id: string, severity: string, file = 'main/main.ts'): Finding => ({
  id,
  file,
  severity: { name: severity },
  confidence: { name: 'FIRM' },
  location: { line: 1, column: 0 },
  description: '',
})

describe('npm run test:shell: which Electronegativity findings fail the run', () => {
  it('fails on a HIGH or MEDIUM finding with no justification for that check in that file', () => {
    const accepted = [{ check: 'PRELOAD_JS_CHECK', file: 'main/main.ts', why: 'one call through contextBridge, reviewed' }]
    const findings = [
      finding('PRELOAD_JS_CHECK', 'MEDIUM'),
      finding('PRELOAD_JS_CHECK', 'MEDIUM', 'main/other-window.ts'),
      finding('NODE_INTEGRATION_JS_CHECK', 'HIGH'),
      finding('CSP_GLOBAL_CHECK', 'LOW'),
      finding('AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK', 'INFORMATIONAL'),
    ]
    expect(unexplained(findings, accepted).map((f) => `${f.id} ${f.file}`)).toEqual([
      'PRELOAD_JS_CHECK main/other-window.ts',
      'NODE_INTEGRATION_JS_CHECK main/main.ts',
    ])
  })
})
