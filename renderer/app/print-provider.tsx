import type { ReactNode } from 'react'
import { PrintRequestButton } from '../print/PrintRequestButton'
import { PrintActionContext, type PrintRequest } from '../ui/PrintAction'

const renderPrint = (request: PrintRequest) => <PrintRequestButton request={request} />

/** Lets every screen offer printing through renderer/ui's PrintAction without importing the print feature. */
export function PrintProvider({ children }: { children: ReactNode }) {
  return <PrintActionContext.Provider value={renderPrint}>{children}</PrintActionContext.Provider>
}
