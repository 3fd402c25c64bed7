import { api } from '../../../shared/api/client';

/** SupervisionSummary of monitoring-service: the school's actions of the year when the report was filed. */
export interface SupervisionSummary {
  actionsTotal: number;
  byStatus: Partial<Record<'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'PAUSED', number>>;
  byDueState: Partial<Record<'OVERDUE' | 'DUE_SOON' | 'ON_TRACK' | 'NO_DATE' | 'RECURRING', number>>;
  /** đồng */
  moneySpent: number;
}

/** SupervisionReportView of monitoring-service (a report of the Tổ giám sát). */
export interface SupervisionReport {
  id: string;
  schoolId: string;
  schoolYear: string;
  /** "HK1", "HK2" or a month "2026-10" */
  period: string;
  findings: string;
  recommendations?: string | null;
  summary: SupervisionSummary;
  filedBy: string;
  filedAt: string;
}

export interface FileSupervisionReport {
  schoolYear: string;
  period: string;
  findings: string;
  recommendations?: string | null;
}

const reports = (schoolId: string) => `/api/monitoring/schools/${encodeURIComponent(schoolId)}/supervision-reports`;

export const supervisionApi = {
  /** The school's reports of one school year, in filing order. */
  list: (schoolId: string, schoolYear: string, signal?: AbortSignal) =>
    api.get<{ items: SupervisionReport[] }>(reports(schoolId), { schoolYear }, signal),
  /** Files the report of a period (principal or staff of that school); 409 if the period has one. */
  file: (schoolId: string, body: FileSupervisionReport) => api.post<SupervisionReport>(reports(schoolId), body),
};

/**
 * The periods of a school year the service accepts, in order: the two terms, then the months from
 * August of the first year to July of the second ("2026-2027" → HK1, HK2, 2026-08 … 2027-07).
 */
export function supervisionPeriods(schoolYear: string): string[] {
  const first = Number(schoolYear.slice(0, 4));
  const months: string[] = [];
  for (let i = 0; i < 12; i++) {
    const month = ((7 + i) % 12) + 1;
    const year = i < 5 ? first : first + 1;
    months.push(`${year}-${String(month).padStart(2, '0')}`);
  }
  return ['HK1', 'HK2', ...months];
}
