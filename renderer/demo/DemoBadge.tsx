import { App, Button, Checkbox, Modal, Space, Tag, Tooltip, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useClearDemo, useDemoStatus } from './api'
import { copy } from './copy'

/**
 * 示例数据 in the header while the database holds demo data (marked by core), with the way out: clearing asks first,
 * and when records were added since the load it names them and asks again, by a tick, before removing them too.
 */
export function DemoBadge() {
  const status = useDemoStatus()
  const clear = useClearDemo()
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  const [includeAdded, setIncludeAdded] = useState(false)
  const s = status.data
  if (!s) return null
  const added = s.addedSince.map((a) => `${a.what} ${a.count} 条`).join('、')
  const close = () => {
    setOpen(false)
    setIncludeAdded(false)
    clear.reset()
  }
  return (
    <Space size={8}>
      <Tooltip title={copy.tagHint(dayjs(s.loadedAt).format('YYYY-MM-DD HH:mm'))}>
        <Tag color="gold" style={{ marginInlineEnd: 0 }} data-testid="demo-tag">
          {copy.tag}
        </Tag>
      </Tooltip>
      <Button size="small" ghost onClick={() => setOpen(true)}>
        {copy.clear}
      </Button>
      <Modal
        open={open}
        title={copy.clearTitle}
        okText={copy.clearOk}
        cancelText={copy.cancel}
        okButtonProps={{ danger: true, disabled: added !== '' && !includeAdded }}
        confirmLoading={clear.isPending}
        onCancel={close}
        onOk={() =>
          clear.mutate(includeAdded, {
            onSuccess: () => {
              void message.success(copy.cleared)
              close()
            },
          })
        }
      >
        <Typography.Paragraph>{copy.clearBody}</Typography.Paragraph>
        {added ? (
          <>
            <Typography.Paragraph type="danger">{copy.addedSince(added)}</Typography.Paragraph>
            <Checkbox checked={includeAdded} onChange={(e) => setIncludeAdded(e.target.checked)}>
              {copy.includeAdded}
            </Checkbox>
          </>
        ) : null}
        <ErrorAlert error={clear.error} />
      </Modal>
    </Space>
  )
}
