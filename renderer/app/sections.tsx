import { ApartmentOutlined, AlertOutlined, AuditOutlined, ClusterOutlined, FundOutlined, ProfileOutlined, CloudUploadOutlined, DashboardOutlined, BarChartOutlined, KeyOutlined, HistoryOutlined, FileProtectOutlined, GiftOutlined, HomeOutlined, PrinterOutlined, SafetyCertificateOutlined, SettingOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons'
import { lazy, type ReactNode } from 'react'
import type { Permission } from '../../shared/contract/types'
import { copy as accountsCopy } from '../accounts/copy'
import { copy as auditCopy } from '../audit/copy'
import { copy as backupCopy } from '../backup/copy'
import { copy as congressCopy } from '../congress/copy'
import { copy as contractsCopy } from '../contracts/copy'
import { copy as exchangeCopy } from '../exchange/copy'
import { copy as aidCopy } from '../aid/copy'
import { copy as federationCopy } from '../federation/copy'
import { copy as hardshipCopy } from '../hardship/copy'
import { copy as mediationCopy } from '../mediation/copy'
import { copy as membersCopy } from '../members/copy'
import { MembersSection } from '../members/MembersSection'
import { copy as orgsCopy } from '../orgs/copy'
import { copy as printCopy } from '../print/copy'
import { copy as profileCopy } from '../profile/copy'
import { copy as workbenchCopy } from '../workbench/copy'
import { WorkbenchPage } from '../workbench/WorkbenchPage'
import { copy as reportsCopy } from '../reports/copy'

// The workbench (issue 16, the home page; its charts fetch echarts only when they mount) and the member register come
// with the main script; every other section (and the PDF viewer behind printing) is its own chunk, fetched when the
// clerk first opens it. AppLayout's Suspense shows the wait.
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
const ReportsPage = lazy(() => import('../reports/ReportsPage').then((m) => ({ default: m.ReportsPage })))
const BackupPage = lazy(() => import('../backup/BackupPage').then((m) => ({ default: m.BackupPage })))
const FederationOfficesPage = lazy(() => import('../federation/OfficesPage').then((m) => ({ default: m.OfficesPage })))
const FederationConflictsPage = lazy(() => import('../federation/ConflictsPage').then((m) => ({ default: m.ConflictsPage })))
const FederationRegisterPage = lazy(() => import('../federation/RegisterPage').then((m) => ({ default: m.RegisterPage })))
const FederationStatisticsPage = lazy(() => import('../federation/StatisticsPage').then((m) => ({ default: m.StatisticsPage })))
const ExchangePage = lazy(() => import('../exchange/ExchangePage').then((m) => ({ default: m.ExchangePage })))

export interface Section {
  path: string
  label: string
  icon: ReactNode
  element: ReactNode
  /** Shown only to roles that hold it (core's table in electron/core/access.ts, sent with the session). */
  permission?: Permission
  /** Shown only to an office (乡镇/街道 and below) or only to a federation (县（区）/市总工会), by the profile's level. */
  onlyFor?: 'office' | 'federation'
}

/** Only sections that are built appear in the navigation; a feature adds itself here. */
export const sections: Section[] = [
  // A federation (县（区）/市总工会) works on what its offices send; the office's own daily-work sections are hidden there.
  { path: '/federation/offices', label: federationCopy.offices, icon: <ClusterOutlined />, element: <FederationOfficesPage />, onlyFor: 'federation' },
  { path: '/federation/conflicts', label: federationCopy.conflicts, icon: <AlertOutlined />, element: <FederationConflictsPage />, onlyFor: 'federation' },
  { path: '/federation/register', label: federationCopy.register, icon: <ProfileOutlined />, element: <FederationRegisterPage />, onlyFor: 'federation' },
  { path: '/federation/statistics', label: federationCopy.statistics, icon: <FundOutlined />, element: <FederationStatisticsPage />, onlyFor: 'federation' },
  { path: '/workbench', label: workbenchCopy.section, icon: <DashboardOutlined />, element: <WorkbenchPage />, onlyFor: 'office' },
  { path: '/members', label: membersCopy.sectionLabel, icon: <TeamOutlined />, element: <MembersSection />, onlyFor: 'office' },
  { path: '/orgs', label: orgsCopy.sectionLabel, icon: <ApartmentOutlined />, element: <OrgsPage />, onlyFor: 'office' },
  { path: '/hardship', label: hardshipCopy.section, icon: <HomeOutlined />, element: <HardshipSection />, onlyFor: 'office' },
  { path: '/aid', label: aidCopy.section, icon: <GiftOutlined />, element: <AidSection />, onlyFor: 'office' },
  { path: '/contracts', label: contractsCopy.section, icon: <FileProtectOutlined />, element: <ContractsSection />, onlyFor: 'office' },
  { path: '/congress', label: congressCopy.section, icon: <AuditOutlined />, element: <CongressSection />, onlyFor: 'office' },
  { path: '/mediation', label: mediationCopy.section, icon: <SolutionOutlined />, element: <MediationSection />, onlyFor: 'office' },
  { path: '/reports', label: reportsCopy.section, icon: <BarChartOutlined />, element: <ReportsPage />, onlyFor: 'office' },
  { path: '/exchange', label: exchangeCopy.section, icon: <CloudUploadOutlined />, element: <ExchangePage />, permission: 'members.read', onlyFor: 'office' },
  { path: '/print', label: printCopy.navLabel, icon: <PrinterOutlined />, element: <PrintSettingsPage />, onlyFor: 'office' },
  { path: '/settings', label: profileCopy.settingsTitle, icon: <SettingOutlined />, element: <SettingsPage /> },
  { path: '/backup', label: backupCopy.section, icon: <SafetyCertificateOutlined />, element: <BackupPage /> },
  { path: '/accounts', label: accountsCopy.section, icon: <KeyOutlined />, element: <AccountsPage />, permission: 'system.admin' },
  { path: '/audit', label: auditCopy.section, icon: <HistoryOutlined />, element: <AuditLogPage />, permission: 'audit.read' },
]
