import { SettingOutlined } from '@ant-design/icons'
import type { ReactNode } from 'react'
import { SettingsPage } from '../profile/SettingsPage'

export interface Section {
  path: string
  label: string
  icon: ReactNode
  element: ReactNode
}

/** Only sections that are built appear in the navigation; a feature adds itself here. */
export const sections: Section[] = [
  { path: '/settings', label: '本单位信息', icon: <SettingOutlined />, element: <SettingsPage /> },
]
