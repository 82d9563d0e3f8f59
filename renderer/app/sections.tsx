import { ApartmentOutlined, AuditOutlined, KeyOutlined, HistoryOutlined, FileProtectOutlined, GiftOutlined, HomeOutlined, PrinterOutlined, SafetyCertificateOutlined, SettingOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons'
import { lazy, type ReactNode } from 'react'
import type { Permission } from '../../shared/contract/types'
import { copy as accountsCopy } from '../accounts/copy'
import { copy as auditCopy } from '../audit/copy'
import { copy as backupCopy } from '../backup/copy'
import { copy as congressCopy } from '../congress/copy'
import { copy as contractsCopy } from '../contracts/copy'
import { copy as aidCopy } from '../aid/copy'
import { copy as hardshipCopy } from '../hardship/copy'
import { copy as mediationCopy } from '../mediation/copy'
import { copy as membersCopy } from '../members/copy'
import { MembersSection } from '../members/MembersSection'
import { copy as orgsCopy } from '../orgs/copy'
import { copy as printCopy } from '../print/copy'
import { copy as profileCopy } from '../profile/copy'

// The member register is the first screen and comes with the main script; every other section (and the PDF viewer
// behind printing) is its own chunk, fetched when the clerk first opens it. AppLayout's Suspense shows the wait.
const OrgsPage = lazy(() => import('../orgs/OrgsPage').then((m) => ({ default: m.OrgsPage })))
const HardshipSection = lazy(() => import('../hardship/HardshipSection').then((m) => ({ default: m.HardshipSection })))
const AidSection = lazy(() => import('../aid/AidSection').then((m) => ({ default: m.AidSection })))
const ContractsSection = lazy(() => import('../contracts/ContractsSection').then((m) => ({ default: m.ContractsSection })))
const CongressSection = lazy(() => import('../congress/CongressSection').then((m) => ({ default: m.CongressSection })))
const MediationSection = lazy(() => import('../mediation/MediationSection').then((m) => ({ default: m.MediationSection })))
const PrintSettingsPage = lazy(() => import('../print/PrintSettingsPage').then((m) => ({ default: m.PrintSettingsPage })))
const SettingsPage = lazy(() => import('../profile/SettingsPage').then((m) => ({ default: m.SettingsPage })))
const AccountsPage = lazy(() => import('../accounts/AccountsPage').then((m) => ({ default: m.AccountsPage })))
const AuditLogPage = lazy(() => import('../audit/AuditLogPage').then((m) => ({ default: m.AuditLogPage })))
const BackupPage = lazy(() => import('../backup/BackupPage').then((m) => ({ default: m.BackupPage })))

export interface Section {
  path: string
  label: string
  icon: ReactNode
  element: ReactNode
  /** Shown only to roles that hold it (core's table in electron/core/access.ts, sent with the session). */
  permission?: Permission
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
  { path: '/backup', label: backupCopy.section, icon: <SafetyCertificateOutlined />, element: <BackupPage /> },
  { path: '/accounts', label: accountsCopy.section, icon: <KeyOutlined />, element: <AccountsPage />, permission: 'system.admin' },
  { path: '/audit', label: auditCopy.section, icon: <HistoryOutlined />, element: <AuditLogPage />, permission: 'audit.read' },
]
