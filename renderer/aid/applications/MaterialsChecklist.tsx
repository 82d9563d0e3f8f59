import { UploadOutlined } from '@ant-design/icons'
import { Button, Checkbox, List, Space, Typography, Upload } from 'antd'
import type { AidApplicationDetail } from '../../../shared/aid/types'
import { AttachmentLine } from '../../ui/AttachmentLine'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { useAttachFile } from '../api'
import { copy } from '../copy'

interface Props {
  application: AidApplicationDetail
  /** Materials ticked as provided; absent = read-only. */
  checked?: string[]
  onCheckedChange?: (names: string[]) => void
}

/** The program's materials checklist with the scans attached to each item (stored and hashed by the core). */
export function MaterialsChecklist({ application, checked, onCheckedChange }: Props) {
  const m = copy.materials
  const attach = useAttachFile()
  const editable = checked !== undefined
  const toggle = (name: string, on: boolean) =>
    onCheckedChange?.(on ? [...(checked ?? []), name] : (checked ?? []).filter((n) => n !== name))
  return (
    <>
      <ErrorAlert error={attach.error} />
      <List
        size="small"
        bordered
        dataSource={application.materials}
        locale={{ emptyText: m.empty }}
        renderItem={(item) => (
          <List.Item
            actions={
              editable
                ? [
                    <Upload
                      key="up"
                      showUploadList={false}
                      beforeUpload={(file) => {
                        attach.mutate({ applicationId: application.id, material: item.name, file })
                        return false
                      }}
                    >
                      <Button size="small" icon={<UploadOutlined />} loading={attach.isPending && attach.variables.material === item.name}>
                        {m.upload}
                      </Button>
                    </Upload>,
                  ]
                : []
            }
          >
            <Space orientation="vertical" size={0}>
              {editable ? (
                // A scan is the material itself: the core counts the item as provided, so the box is ticked and fixed.
                <Checkbox
                  checked={item.attachments.length > 0 || checked.includes(item.name)}
                  disabled={item.attachments.length > 0}
                  onChange={(e) => toggle(item.name, e.target.checked)}
                >
                  <Typography.Text type={item.needed ? undefined : 'secondary'}>{item.name}</Typography.Text>
                </Checkbox>
              ) : (
                <Typography.Text type={item.needed ? undefined : 'secondary'}>
                  {item.provided ? '☑' : '☐'} {item.name}
                </Typography.Text>
              )}
              {item.condition ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.needed ? item.condition : `${m.notNeeded}（${item.condition}）`}
                </Typography.Text>
              ) : null}
              {editable && item.attachments.length > 0 ? (
                <Typography.Text type="success" style={{ fontSize: 12 }}>
                  {m.byScan}
                </Typography.Text>
              ) : null}
              {item.attachments.map((f) => (
                <AttachmentLine key={f.id} file={f} />
              ))}
            </Space>
          </List.Item>
        )}
      />
    </>
  )
}
