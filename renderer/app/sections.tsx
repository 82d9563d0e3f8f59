import { ApartmentOutlined, AuditOutlined, FileProtectOutlined, GiftOutlined, HomeOutlined, PrinterOutlined, SettingOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons'
import type { ReactNode } from 'react'
import { AidSection } from '../aid/AidSection'
import { copy as congressCopy } from '../congress/copy'
import { CongressSection } from '../congress/CongressSection'
import { ContractsSection } from '../contracts/ContractsSection'
import { copy as contractsCopy } from '../contracts/copy'
import { copy as aidCopy } from '../aid/copy'
import { copy as hardshipCopy } from '../hardship/copy'
import { HardshipSection } from '../hardship/HardshipSection'
import { copy as mediationCopy } from '../mediation/copy'
import { MediationSection } from '../mediation/MediationSection'
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
  { path: '/contracts', label: contractsCopy.section, icon: <FileProtectOutlined />, element: <ContractsSection /> },
  { path: '/congress', label: congressCopy.section, icon: <AuditOutlined />, element: <CongressSection /> },
  { path: '/mediation', label: mediationCopy.section, icon: <SolutionOutlined />, element: <MediationSection /> },
  { path: '/print', label: printCopy.navLabel, icon: <PrinterOutlined />, element: <PrintSettingsPage /> },
  { path: '/settings', label: profileCopy.settingsTitle, icon: <SettingOutlined />, element: <SettingsPage /> },
]
