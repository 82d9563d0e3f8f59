import { PrinterOutlined } from '@ant-design/icons'
import { Button, Dropdown, Modal } from 'antd'
import { useState, type ReactNode } from 'react'
import { memberFormNames, memberForms } from '../../shared/contract/print'
import type { PrintRequest } from '../ui/PrintAction'
import { copy } from './copy'
import { CertificatesPreview, PrintPreview } from './PrintPreview'

interface Choice {
  key: string
  label: string
  preview: ReactNode
}

/** The documents a request can print, each with its read-only preview (the serial is taken only on 打印/导出PDF). */
function choicesFor(request: PrintRequest): Choice[] {
  switch (request.document) {
    case 'memberForm':
      return memberForms.map((form) => ({
        key: form,
        label: memberFormNames[form],
        preview: <PrintPreview method="print.previewMemberForm" input={{ memberId: request.memberId, form }} />,
      }))
    case 'certificate':
      return [{ key: 'certificate', label: copy.docs.certificate, preview: <PrintPreview method="print.previewCertificate" input={{ applicationId: request.applicationId }} /> }]
    case 'batchDocuments':
      return [
        { key: 'notice', label: copy.docs.notice, preview: <PrintPreview method="print.notice" input={{ batchId: request.batchId }} /> },
        { key: 'roster', label: copy.docs.roster, preview: <PrintPreview method="print.previewRoster" input={{ batchId: request.batchId }} /> },
        { key: 'certificates', label: copy.docs.certificates, preview: <CertificatesPreview batchId={request.batchId} /> },
      ]
    case 'hardshipFile':
      return [{ key: 'hardshipFile', label: copy.docs.hardshipFile, preview: <PrintPreview method="print.hardshipFile" input={{ fileId: request.fileId }} /> }]
    case 'congress':
      return (['决议', '到会及表决记录'] as const).map((document) => ({
        key: document,
        label: document === '决议' ? copy.docs.congressResolution : copy.docs.congressRecord,
        preview: <PrintPreview method="print.congress" input={{ enterpriseId: request.enterpriseId, date: request.date, document }} />,
      }))
    case 'contract':
      return ([['要约书', copy.docs.contractRequest], ['合同文本', copy.docs.contractText], ['备案表', copy.docs.contractFiling]] as const).map(([document, label]) => ({
        key: document,
        label,
        preview: <PrintPreview method="print.contract" input={{ contractId: request.contractId, document }} />,
      }))
  }
}

/** One 打印 button (a menu when there are several documents) opening the preview in a modal. */
export function PrintRequestButton({ request }: { request: PrintRequest }) {
  const choices = choicesFor(request)
  const [open, setOpen] = useState<Choice | null>(null)
  const first = choices[0]
  const button =
    choices.length === 1 && first ? (
      <Button icon={<PrinterOutlined />} onClick={() => setOpen(first)}>
        {copy.printOne(first.label)}
      </Button>
    ) : (
      <Dropdown menu={{ items: choices.map((c) => ({ key: c.key, label: c.label })), onClick: (e) => setOpen(choices.find((c) => c.key === e.key) ?? null) }}>
        <Button icon={<PrinterOutlined />}>{copy.printMenu}</Button>
      </Dropdown>
    )
  return (
    <>
      {button}
      <Modal open={open !== null} title={open?.label} width={820} footer={null} onCancel={() => setOpen(null)} destroyOnHidden>
        {open?.preview}
      </Modal>
    </>
  )
}
