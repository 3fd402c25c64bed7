import type { ReactNode } from 'react';
import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FundOutlined,
  LineChartOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Role } from './shared/auth/user';
import type { MessageKey } from './shared/i18n/messages';
import { SchoolDashboardPage } from './features/dashboard/pages/SchoolDashboardPage';
import { AssessmentPage } from './features/assessment/pages/AssessmentPage';
import { PlanPage } from './features/plans/pages/PlanPage';
import { PlanEditorPage } from './features/plans/pages/PlanEditorPage';
import { ProgressPage } from './features/progress/pages/ProgressPage';
import { ReviewQueuePage } from './features/review/pages/ReviewQueuePage';
import { ReviewPage } from './features/review/pages/ReviewPage';
import { ReportsPage } from './features/reports/pages/ReportsPage';
import { DepartmentDashboardPage } from './features/department/pages/DepartmentDashboardPage';
import { SchoolsPage } from './features/schools/pages/SchoolsPage';
import { SchoolPage } from './features/schools/pages/SchoolPage';
import { OrgUnitsPage } from './features/org-units/pages/OrgUnitsPage';
import { UsersPage } from './features/users/pages/UsersPage';
import { SchoolYearsPage } from './features/school-years/pages/SchoolYearsPage';

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
  { path: '/review', label: 'menu.reviewQueue', icon: <AuditOutlined />, roles: REVIEW, element: <ReviewQueuePage /> },
  { path: '/review/:planId', label: 'menu.reviewQueue', icon: <AuditOutlined />, roles: REVIEW, element: <ReviewPage />, inMenu: false },
  { path: '/department', label: 'menu.departmentDashboard', icon: <FundOutlined />, roles: DEPARTMENT, element: <DepartmentDashboardPage /> },
  { path: '/reports', label: 'menu.reports', icon: <BarChartOutlined />, roles: [...REVIEW, ...DEPARTMENT], element: <ReportsPage /> },
  { path: '/admin/schools', label: 'menu.schools', icon: <BankOutlined />, roles: DEPARTMENT, element: <SchoolsPage /> },
  { path: '/admin/schools/:schoolId', label: 'menu.schools', icon: <BankOutlined />, roles: DEPARTMENT, element: <SchoolPage />, inMenu: false },
  { path: '/admin/org-units', label: 'menu.orgUnits', icon: <ClusterOutlined />, roles: DEPARTMENT, element: <OrgUnitsPage /> },
  { path: '/admin/users', label: 'menu.users', icon: <TeamOutlined />, roles: DEPARTMENT, element: <UsersPage /> },
  { path: '/admin/school-years', label: 'menu.schoolYears', icon: <CalendarOutlined />, roles: DEPARTMENT, element: <SchoolYearsPage /> },
];
