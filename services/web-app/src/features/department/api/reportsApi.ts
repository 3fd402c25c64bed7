import { api, withQuery } from '../../../shared/api/client';
import { downloadFile } from '../../../shared/api/download';

export type ReportPlanStatus = 'NONE' | 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
export const REPORT_PLAN_STATUSES: ReportPlanStatus[] = ['NONE', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'];

export interface LevelCount {
  met: number;
  total: number;
}

/** GET /api/reports/attainment (AttainmentView) */
export interface AttainmentAggregates {
  schoolCount: number;
  assessedCount: number;
  notAssessedCount: number;
  byOverallLevel: Record<string, number>;
  allCriteriaAtLevel2: number;
  level3Distribution: { level3Met: number; schools: number }[];
}

export interface Attainment {
  schoolYear: string;
  orgUnitId: string;
  summary: AttainmentAggregates;
  units: { orgUnitId: string; name: string; kind: string; aggregates: AttainmentAggregates }[];
  items: {
    rank?: number | null;
    schoolId: string;
    code: string;
    name: string;
    level: string;
    type?: string | null;
    orgUnitId?: string | null;
    assessed: boolean;
    assessmentYear?: string | null;
    summaryLine?: string | null;
    overallLevel?: number | null;
    allCriteriaAtLevel2: boolean;
  }[];
}

/** GET /api/reports/criteria (HeatmapView.Heatmap) */
export interface Heatmap {
  schoolYear: string;
  orgUnitId: string;
  framework: string;
  assessedSchools: number;
  criteria: { code: string; schools: number; averageLevel: number; levels: { level: number; schools: number; share: number }[] }[];
}

/** GET /api/reports/criteria/{code}/schools (HeatmapView.Drilldown) */
export interface HeatmapDrilldown {
  code: string;
  level?: number | null;
  schools: { schoolId: string; code: string; name: string; level: string; orgUnitId?: string | null; assessmentYear: string; criterionLevel: number }[];
}

/** GET /api/reports/submissions (SubmissionView) */
export interface Submissions {
  schoolYear: string;
  orgUnitId: string;
  submissionDeadline?: string | null;
  schoolCount: number;
  byStatus: Record<ReportPlanStatus, number>;
  lateCount: number;
  items: {
    schoolId: string;
    code: string;
    name: string;
    level: string;
    orgUnitId?: string | null;
    planId?: string | null;
    status: ReportPlanStatus;
    firstSubmittedAt?: string | null;
    approvedAt?: string | null;
    late: boolean;
  }[];
}

/** ProgressView.Figures */
export interface Figures {
  actions: number;
  done: number;
  percentDone?: number | null;
  budgetPlanned: number;
  withoutBudget: number;
  moneySpent: number;
}

/** GET /api/reports/progress (ProgressView) */
export interface Progress {
  schoolYear: string;
  orgUnitId: string;
  summary: Figures;
  units: { orgUnitId: string; name: string; kind: string; figures: Figures; schoolIds: string[] }[];
  standards: { standard?: string | null; figures: Figures; schoolIds: string[] }[];
  schools: { schoolId: string; code: string; name: string; level: string; orgUnitId?: string | null; figures: Figures }[];
}

/** GET /api/reports/year-over-year (YearOverYearView) */
export interface YearOverYear {
  from: string;
  to: string;
  orgUnitId: string;
  summary: { schoolCount: number; byMovement: Record<string, number> };
  items: {
    schoolId: string;
    code: string;
    name: string;
    movement: string;
    from?: { overallLevel?: number | null; summaryLine: string } | null;
    to?: { overallLevel?: number | null; summaryLine: string } | null;
    overallLevelChange?: number | null;
  }[];
}

/** GET /api/registry/school-years (SchoolYearView) */
export interface SchoolYearItem {
  schoolYear: string;
  submissionDeadline: string;
  progressReportDates: string[];
  status: 'OPEN' | 'CLOSED' | string;
}

/** GET /api/registry/org-units (OrgUnitView) */
export interface OrgUnit {
  id: string;
  parentId?: string | null;
  kind: 'DEPARTMENT' | 'DISTRICT_OFFICE' | 'COMMUNE_OFFICE' | 'CLUSTER' | 'SCHOOL' | string;
  name: string;
  path: string;
  status: string;
  closedOn?: string | null;
}

export interface ReportQuery {
  schoolYear: string;
  orgUnitId?: string;
}

const q = (query: ReportQuery) => ({ schoolYear: query.schoolYear, orgUnitId: query.orgUnitId });

export type ReportName = 'rollup' | 'attainment' | 'criteria' | 'submissions' | 'progress' | 'year-over-year';

const FILE_NAMES: Record<ReportName, string> = {
  rollup: 'bao-cao-tong-hop',
  attainment: 'muc-dat-kiem-dinh',
  criteria: 'ban-do-nhiet-tieu-chi',
  submissions: 'tinh-hinh-nop-ke-hoach',
  progress: 'tien-do-kinh-phi',
  'year-over-year': 'so-sanh-nam-hoc',
};

export const reportsApi = {
  schoolYears: (signal?: AbortSignal) =>
    api.get<{ items: SchoolYearItem[] }>('/api/registry/school-years', undefined, signal),
  orgUnits: (signal?: AbortSignal) => api.get<{ items: OrgUnit[] }>('/api/registry/org-units', undefined, signal),
  attainment: (query: ReportQuery, signal?: AbortSignal) => api.get<Attainment>('/api/reports/attainment', q(query), signal),
  heatmap: (query: ReportQuery, framework: string, signal?: AbortSignal) =>
    api.get<Heatmap>('/api/reports/criteria', { ...q(query), framework }, signal),
  heatmapSchools: (query: ReportQuery, framework: string, code: string, signal?: AbortSignal) =>
    api.get<HeatmapDrilldown>(`/api/reports/criteria/${encodeURIComponent(code)}/schools`, { ...q(query), framework }, signal),
  /** the criteria catalogs (GET /api/registry/frameworks) and the one most schools in scope use */
  frameworks: async (signal?: AbortSignal) => {
    const [all, schools] = await Promise.all([
      api.get<FrameworkSummary[]>('/api/registry/frameworks', undefined, signal),
      api.get<{ items: { framework?: string | null }[] }>('/api/registry/schools', { size: 500 }, signal),
    ]);
    return { all, usual: usualFramework(schools.items.map((s) => s.framework)) ?? all[0]?.id };
  },
  submissions: (query: ReportQuery, signal?: AbortSignal) => api.get<Submissions>('/api/reports/submissions', q(query), signal),
  progress: (query: ReportQuery, signal?: AbortSignal) => api.get<Progress>('/api/reports/progress', q(query), signal),
  yearOverYear: (from: string, to: string, orgUnitId: string | undefined, signal?: AbortSignal) =>
    api.get<YearOverYear>('/api/reports/year-over-year', { from, to, orgUnitId }, signal),
  /** the same report as an Excel file (format=xlsx) */
  download: (report: ReportName, query: Record<string, string | undefined>) =>
    downloadFile(withQuery(`/api/reports/${report}`, { ...query, format: 'xlsx' }), `${FILE_NAMES[report]}-${query.schoolYear ?? query.to ?? ''}.xlsx`),
};

/** GET /api/registry/frameworks (FrameworkSummary) */
export interface FrameworkSummary {
  id: string;
  schoolLevel: string;
  circular: string;
  criteriaCount: number;
}

/** The framework most schools use (ties: the first by name). */
export function usualFramework(frameworks: (string | null | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const f of frameworks) if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** The open school year (the latest one when none is open). */
export function currentSchoolYear(items: SchoolYearItem[]): string | undefined {
  const sorted = [...items].sort((a, b) => b.schoolYear.localeCompare(a.schoolYear));
  return (sorted.find((y) => y.status === 'OPEN') ?? sorted[0])?.schoolYear;
}

/** "2026-2027" → "2025-2026" */
export function previousSchoolYear(year: string): string {
  const [a, b] = year.split('-').map(Number);
  return `${a - 1}-${b - 1}`;
}

/** The path from the root to the unit (for the breadcrumb), using the units' parent links. */
export function unitTrail(units: OrgUnit[], id: string | undefined): OrgUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const trail: OrgUnit[] = [];
  let current = id ? byId.get(id) : undefined;
  while (current && trail.length < 20) {
    trail.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return trail;
}
