import { api } from '../../../shared/api/client';
import type { SchoolYearItem } from '../../department/api/reportsApi';

export type { SchoolYearItem };

/** /api/registry/school-years (SchoolYearController) */
export const schoolYearsApi = {
  list: (signal?: AbortSignal) => api.get<{ items: SchoolYearItem[] }>('/api/registry/school-years', undefined, signal),
  open: (body: { schoolYear: string; submissionDeadline: string; progressReportDates: string[] }) =>
    api.post<SchoolYearItem>('/api/registry/school-years', body),
  close: (schoolYear: string) => api.post<SchoolYearItem>(`/api/registry/school-years/${encodeURIComponent(schoolYear)}/close`),
};
