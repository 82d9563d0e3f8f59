import { ApartmentOutlined, GiftOutlined, HomeOutlined, PrinterOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons'
import type { ReactNode } from 'react'
import { AidSection } from '../aid/AidSection'
import { copy as aidCopy } from '../aid/copy'
import { copy as hardshipCopy } from '../hardship/copy'
import { HardshipSection } from '../hardship/HardshipSection'
import { copy as membersCopy } from '../members/copy'
import { MembersSection } from '../members/MembersSection'
import { copy as orgsCopy } from '../orgs/copy'
import { OrgsPage } from '../orgs/OrgsPage'
import { copy as printCopy } from '../print/copy'
import { PrintSettingsPage } from '../print/PrintSettingsPage'
import { copy as profileCopy } from '../profile/copy'
import { SettingsPage } from '../profile/SettingsPage'

export interface Section {
  path: string
  label: string
  icon: ReactNode
  element: ReactNode
}

/** Only sections that are built appear in the navigation; a feature adds itself here. */
export const sections: Section[] = [
  { path: '/members', label: membersCopy.sectionLabel, icon: <TeamOutlined />, element: <MembersSection /> },
  { path: '/orgs', label: orgsCopy.sectionLabel, icon: <ApartmentOutlined />, element: <OrgsPage /> },
  { path: '/hardship', label: hardshipCopy.section, icon: <HomeOutlined />, element: <HardshipSection /> },
  { path: '/aid', label: aidCopy.section, icon: <GiftOutlined />, element: <AidSection /> },
  { path: '/print', label: printCopy.navLabel, icon: <PrinterOutlined />, element: <PrintSettingsPage /> },
  { path: '/settings', label: profileCopy.settingsTitle, icon: <SettingOutlined />, element: <SettingsPage /> },
]
