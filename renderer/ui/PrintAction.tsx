import { createContext, useContext, type ReactNode } from 'react'

/** What a screen wants printed: a document kind and the record it is about. */
export type PrintRequest =
  | { document: 'memberForm'; memberId: string }
  | { document: 'certificate'; applicationId: string }
  | { document: 'batchDocuments'; batchId: string }
  | { document: 'hardshipFile'; fileId: string }
  | { document: 'congress'; enterpriseId: string; date: string }
  | { document: 'contract'; contractId: string }

/**
 * Features ask for a print button without knowing the print feature (one renderer feature never imports another):
 * renderer/app provides the renderer of these requests.
 */
export const PrintActionContext = createContext<((request: PrintRequest) => ReactNode) | null>(null)

export function PrintAction(request: PrintRequest) {
  const render = useContext(PrintActionContext)
  return render ? render(request) : null
}
