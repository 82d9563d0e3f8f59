import { App, Button, Card, Input, Space, Typography } from 'antd'
import { useState } from 'react'
import { fen, fenToYuanString, yuanToFen } from '../../shared/money'
import { yuan } from '../ui/money'
import { ErrorAlert } from '../ui/ErrorAlert'
import { useHardshipSettings, useSaveHardshipSettings } from './api'
import { copy } from './copy'

/** The local 低保 line every category calculation uses; typed in yuan, stored in fen. */
export function DibaoLineCard() {
  const { message } = App.useApp()
  const settings = useHardshipSettings()
  const save = useSaveHardshipSettings()
  const [editing, setEditing] = useState<string | null>(null)
  const [typoError, setTypoError] = useState<unknown>(null)
  const submit = () => {
    if (editing === null) return
    let dibaoLineFen: number
    try {
      dibaoLineFen = yuanToFen(editing)
    } catch (err) {
      setTypoError(err)
      return
    }
    setTypoError(null)
    save.mutate({ dibaoLineFen }, { onSuccess: () => { setEditing(null); void message.success(copy.settingsSaved) } })
  }
  const s = settings.data
  return (
    <Card size="small" title={copy.settingsTitle} loading={settings.isPending}>
      <ErrorAlert error={settings.error ?? typoError ?? save.error} />
      {s ? (
        <Space wrap>
          {editing === null ? (
            <>
              <Typography.Text strong>
                {yuan(s.dibaoLineFen)} {copy.perPersonMonth}
              </Typography.Text>
              <Button size="small" onClick={() => setEditing(fenToYuanString(fen(s.dibaoLineFen)))}>
                {copy.settingsEdit}
              </Button>
            </>
          ) : (
            <>
              <Input aria-label={copy.settingsTitle} value={editing} onChange={(e) => setEditing(e.target.value)} suffix={copy.perPersonMonth} style={{ width: 200 }} onPressEnter={submit} />
              <Button size="small" type="primary" loading={save.isPending} onClick={submit}>
                {copy.settingsSave}
              </Button>
              <Button size="small" onClick={() => setEditing(null)}>
                {copy.cancel}
              </Button>
            </>
          )}
          <Typography.Text type="secondary">{copy.settingsHint}</Typography.Text>
          {s.updatedAt ? (
            <Typography.Text type="secondary">
              （{copy.settingsUpdated}：{s.updatedAt.slice(0, 10)} {s.updatedBy ?? ''}）
            </Typography.Text>
          ) : null}
        </Space>
      ) : null}
    </Card>
  )
}
