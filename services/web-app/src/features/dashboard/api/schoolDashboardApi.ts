import { api } from '../../../shared/api/client';

/** GET /api/registry/schools/{id} (the fields this feature reads). */
export interface School {
  id: string;
  code: string;
  name: string;
  levelLabel: string;
  typeLabel: string;
  principalName?: string | null;
  address?: string | null;
}

export interface LevelCount {
  met: number;
  total: number;
}

/** GET /api/plans/assessments?schoolId= (items, newest school year first is not guaranteed). */
export interface Assessment {
  id: string;
  schoolId: string;
  schoolYear: string;
  kind: string;
  version: number;
  status: string;
  summary: { level1: LevelCount; level2: LevelCount; level3: LevelCount; level4: LevelCount };
  overallLevel: number;
  summaryLine: string;
  finishedAt?: string | null;
}

export type DueState = 'OVERDUE' | 'DUE_SOON' | 'ON_TRACK' | 'NO_DATE' | 'RECURRING';

/** GET /api/monitoring/actions?schoolId= */
export interface Action {
  id: string;
  planId: string;
  schoolYear: string;
  criterionCode?: string | null;
  description: string;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'PAUSED';
  percentDone: number;
  moneySpent: number;
  timelineEnd?: string | null;
  dueState: DueState;
}

export const schoolDashboardApi = {
  school: (id: string, signal?: AbortSignal) =>
    api.get<School>(`/api/registry/schools/${encodeURIComponent(id)}`, undefined, signal),
  assessments: (schoolId: string, signal?: AbortSignal) =>
    api.get<{ items: Assessment[] }>('/api/plans/assessments', { schoolId }, signal),
  actions: (schoolId: string, signal?: AbortSignal) =>
    api.get<{ items: Action[] }>('/api/monitoring/actions', { schoolId }, signal),
};

/** The newest assessment: latest school year, then highest version. */
export function latestAssessment(items: Assessment[]): Assessment | undefined {
  return [...items].sort(
    (a, b) => b.schoolYear.localeCompare(a.schoolYear) || b.version - a.version,
  )[0];
}

export interface ActionCounts {
  total: number;
  overdue: number;
  dueSoon: number;
  done: number;
  moneySpent: number;
}

export function countActions(items: Action[]): ActionCounts {
  return {
    total: items.length,
    overdue: items.filter((a) => a.dueState === 'OVERDUE').length,
    dueSoon: items.filter((a) => a.dueState === 'DUE_SOON').length,
    done: items.filter((a) => a.status === 'DONE').length,
    moneySpent: items.reduce((sum, a) => sum + (a.moneySpent ?? 0), 0),
  };
}
