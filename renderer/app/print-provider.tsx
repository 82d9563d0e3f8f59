import { lazy, Suspense, type ReactNode } from 'react'
import { PrintActionContext, type PrintRequest } from '../ui/PrintAction'

// The print button brings the PDF preview (pdf.js): loaded with the first screen that offers printing, not before.
const PrintRequestButton = lazy(() => import('../print/PrintRequestButton').then((m) => ({ default: m.PrintRequestButton })))

const renderPrint = (request: PrintRequest) => (
  <Suspense fallback={null}>
    <PrintRequestButton request={request} />
  </Suspense>
)

/** Lets every screen offer printing through renderer/ui's PrintAction without importing the print feature. */
export function PrintProvider({ children }: { children: ReactNode }) {
  return <PrintActionContext.Provider value={renderPrint}>{children}</PrintActionContext.Provider>
}
