import { lazy, type ComponentType, type ReactNode } from 'react';
import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  DashboardOutlined,
  EyeOutlined,
  FileTextOutlined,
  FundOutlined,
  LineChartOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Role } from './shared/auth/user';
import type { MessageKey } from './shared/i18n/messages';
import { NodeIndexOutlined } from '@ant-design/icons';

/**
 * A screen loaded when first opened (its own chunk): the app shows its menu at once and downloads a
 * screen's code, charts included, only for the screens the user opens. `AppRoutes` shows
 * "Đang tải trang…" meanwhile.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const SchoolDashboardPage = page(() => import('./features/dashboard/pages/SchoolDashboardPage'), 'SchoolDashboardPage');
const AssessmentPage = page(() => import('./features/assessment/pages/AssessmentPage'), 'AssessmentPage');
const PlanPage = page(() => import('./features/plans/pages/PlanPage'), 'PlanPage');
const PlanEditorPage = page(() => import('./features/plans/pages/PlanEditorPage'), 'PlanEditorPage');
const ProgressPage = page(() => import('./features/progress/pages/ProgressPage'), 'ProgressPage');
const SchoolSupervisionPage = page(() => import('./features/supervision/pages/SchoolSupervisionPage'), 'SchoolSupervisionPage');
const SchoolSupervisionReadPage = page(() => import('./features/supervision/pages/SchoolSupervisionReadPage'), 'SchoolSupervisionReadPage');
const ReviewQueuePage = page(() => import('./features/review/pages/ReviewQueuePage'), 'ReviewQueuePage');
const ReviewPage = page(() => import('./features/review/pages/ReviewPage'), 'ReviewPage');
const ReportsPage = page(() => import('./features/reports/pages/ReportsPage'), 'ReportsPage');
const DepartmentDashboardPage = page(() => import('./features/department/pages/DepartmentDashboardPage'), 'DepartmentDashboardPage');
const SchoolsPage = page(() => import('./features/schools/pages/SchoolsPage'), 'SchoolsPage');
const SchoolPage = page(() => import('./features/schools/pages/SchoolPage'), 'SchoolPage');
const OrgUnitsPage = page(() => import('./features/org-units/pages/OrgUnitsPage'), 'OrgUnitsPage');
const UsersPage = page(() => import('./features/users/pages/UsersPage'), 'UsersPage');
const SchoolYearsPage = page(() => import('./features/school-years/pages/SchoolYearsPage'), 'SchoolYearsPage');
const ApprovalChainPage = page(() => import('./features/approval-chain/pages/ApprovalChainPage'), 'ApprovalChainPage');

export interface AppRoute {
  /** the address in the browser; sub-routes of a screen go under it (`/school/plan/:id`) */
  path: string;
  /** the menu label (and page name) */
  label: MessageKey;
  icon: ReactNode;
  /** who sees it in the menu and may open it */
  roles: readonly Role[];
  element: ReactNode;
  /** false for a page reached from another page only (no menu entry) */
  inMenu?: boolean;
}

const SCHOOL: Role[] = ['principal', 'staff'];
const REVIEW: Role[] = ['reviewer'];
const DEPARTMENT: Role[] = ['dept-admin', 'platform-admin'];

/**
 * Every screen of the app, in menu order. A new screen: add its page under
 * src/features/<feature>/pages and one line here (see README.md).
 */
export const ROUTES: AppRoute[] = [
  { path: '/school', label: 'menu.dashboard', icon: <DashboardOutlined />, roles: SCHOOL, element: <SchoolDashboardPage /> },
  { path: '/school/assessment', label: 'menu.assessment', icon: <CheckSquareOutlined />, roles: SCHOOL, element: <AssessmentPage /> },
  { path: '/school/plan', label: 'menu.plan', icon: <FileTextOutlined />, roles: SCHOOL, element: <PlanPage /> },
  { path: '/school/plan/:id', label: 'menu.plan', icon: <FileTextOutlined />, roles: SCHOOL, element: <PlanEditorPage />, inMenu: false },
  { path: '/school/progress', label: 'menu.progress', icon: <LineChartOutlined />, roles: SCHOOL, element: <ProgressPage /> },
  { path: '/school/supervision', label: 'menu.supervision', icon: <EyeOutlined />, roles: SCHOOL, element: <SchoolSupervisionPage /> },
  { path: '/review', label: 'menu.reviewQueue', icon: <AuditOutlined />, roles: REVIEW, element: <ReviewQueuePage /> },
  { path: '/review/:planId', label: 'menu.reviewQueue', icon: <AuditOutlined />, roles: REVIEW, element: <ReviewPage />, inMenu: false },
  { path: '/department', label: 'menu.departmentDashboard', icon: <FundOutlined />, roles: DEPARTMENT, element: <DepartmentDashboardPage /> },
  { path: '/reports', label: 'menu.reports', icon: <BarChartOutlined />, roles: [...REVIEW, ...DEPARTMENT], element: <ReportsPage /> },
  { path: '/reports/schools/:schoolId/supervision', label: 'menu.reports', icon: <BarChartOutlined />, roles: [...REVIEW, ...DEPARTMENT], element: <SchoolSupervisionReadPage />, inMenu: false },
  { path: '/admin/schools', label: 'menu.schools', icon: <BankOutlined />, roles: DEPARTMENT, element: <SchoolsPage /> },
  { path: '/admin/schools/:schoolId', label: 'menu.schools', icon: <BankOutlined />, roles: DEPARTMENT, element: <SchoolPage />, inMenu: false },
  { path: '/admin/org-units', label: 'menu.orgUnits', icon: <ClusterOutlined />, roles: DEPARTMENT, element: <OrgUnitsPage /> },
  { path: '/admin/users', label: 'menu.users', icon: <TeamOutlined />, roles: DEPARTMENT, element: <UsersPage /> },
  { path: '/admin/school-years', label: 'menu.schoolYears', icon: <CalendarOutlined />, roles: DEPARTMENT, element: <SchoolYearsPage /> },
  { path: '/department/approval-chain', label: 'menu.approvalChain', icon: <NodeIndexOutlined />, roles: ['dept-admin'], element: <ApprovalChainPage /> },
];
