import { PaperClipOutlined } from '@ant-design/icons'
import { Tooltip, Typography } from 'antd'
import dayjs from 'dayjs'
import { uiCopy } from './copy'

/** 12 KB, 1.4 MB: the size a clerk compares with the file on the scanner's folder. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/**
 * One stored scan as a clerk reads it: file name, size, upload time. The SHA-256 that proves the stored copy is the
 * uploaded one stays in a tooltip (校验值), copyable, never as the visible text.
 */
export function AttachmentLine({ file }: { file: { fileName: string; sizeBytes: number; addedAt: string; sha256: string } }) {
  return (
    <Tooltip title={<>{uiCopy.attachment.checksum}<br />{file.sha256}</>}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="attachment-line" copyable={{ text: file.sha256, tooltips: [uiCopy.attachment.checksum, '已复制'] }}>
        <PaperClipOutlined /> {file.fileName} · {fileSize(file.sizeBytes)} · {uiCopy.attachment.addedAt(dayjs(file.addedAt).format('YYYY-MM-DD HH:mm'))}
      </Typography.Text>
    </Tooltip>
  )
}
