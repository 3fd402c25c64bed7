import { api, ApiError, request } from '../../../shared/api/client';
import { downloadFile } from '../../../shared/api/download';

export type ActionStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'PAUSED';
export type DueState = 'OVERDUE' | 'DUE_SOON' | 'ON_TRACK' | 'NO_DATE' | 'RECURRING';
export type ActionResult = 'ACHIEVED' | 'PARTLY_ACHIEVED' | 'NOT_ACHIEVED';

/** ActionView of monitoring-service. */
export interface TrackedAction {
  id: string;
  planId: string;
  schoolId: string;
  schoolYear: string;
  /** the plan row (criterion or level-4 requirement) the action belongs to */
  rowId?: string | null;
  criterionCode?: string | null;
  description: string;
  lead?: string | null;
  timeline?: string | null;
  budget?: string | null;
  status: ActionStatus;
  percentDone: number;
  updatedAt: string;
  moneySpent: number;
  leadUserId?: string | null;
  timelineStart?: string | null;
  timelineEnd?: string | null;
  recurring: boolean;
  dueState: DueState;
  result?: ActionResult | null;
  resultExplanation?: string | null;
  resultAt?: string | null;
  /** set (on the detail only) when an amendment of the plan removed the action: writes → 409 action-removed */
  removedAt?: string | null;
}

/** RowResult of monitoring-service: a plan row's year-end result from its actions' results. */
export interface RowResult {
  rowId: string;
  criterionCode?: string | null;
  /** null until every action of the row has a result */
  result?: ActionResult | null;
  resultLabel?: string | null;
  actions: number;
  actionsWithResult: number;
  explanations: string[];
}

export interface ProgressNote {
  id: string;
  status: ActionStatus;
  percentDone: number;
  moneySpent?: number | null;
  note?: string | null;
  author: string;
  createdAt: string;
}

export interface Evidence {
  id: string;
  actionId: string;
  originalName: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
  href: string;
}

export interface ProgressRequest {
  status: ActionStatus;
  percentDone: number;
  note?: string | null;
  moneySpent?: number | null;
}

const action = (id: string) => `/api/monitoring/actions/${encodeURIComponent(id)}`;

export const progressApi = {
  /** The school's actions (principal) or the caller's own (`mine`, staff). */
  list: (q: { schoolId?: string; planId?: string; mine?: boolean }, signal?: AbortSignal) =>
    api.get<{ items: TrackedAction[] }>('/api/monitoring/actions', q, signal),
  detail: (id: string, signal?: AbortSignal) =>
    api.get<{ action: TrackedAction; notes: ProgressNote[] }>(action(id), undefined, signal),
  report: (id: string, body: ProgressRequest) => api.post<TrackedAction>(`${action(id)}/progress`, body),
  evidence: (id: string, signal?: AbortSignal) =>
    api.get<{ items: Evidence[] }>(`${action(id)}/evidence`, undefined, signal),
  upload: async (id: string, file: File): Promise<Evidence> => {
    const form = new FormData();
    form.append('file', file, file.name);
    const response = await request('POST', `${action(id)}/evidence`, { body: form });
    return (await response.json()) as Evidence;
  },
  download: (e: Evidence) => downloadFile(e.href, e.originalName),
  assignLead: (id: string, body: { username: string | null; email?: string | null }) =>
    api.put<TrackedAction>(`${action(id)}/lead`, body),
  recordResult: (id: string, body: { result: ActionResult; explanation?: string | null }) =>
    api.put<TrackedAction>(`${action(id)}/result`, body),
  /** The year-end result of each row of the plan (actions in force only). */
  rowResults: (planId: string, signal?: AbortSignal) =>
    api.get<{ items: RowResult[] }>(`/api/monitoring/plans/${encodeURIComponent(planId)}/row-results`, undefined, signal),
};

/** 409 of a write on an action an amendment removed from the plan. */
export function isActionRemoved(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && String(error.problem.type ?? '').endsWith('action-removed');
}

export type Filter = 'all' | 'overdue' | 'dueSoon';

export function filterActions(items: TrackedAction[], filter: Filter): TrackedAction[] {
  if (filter === 'overdue') return items.filter((a) => a.dueState === 'OVERDUE');
  if (filter === 'dueSoon') return items.filter((a) => a.dueState === 'DUE_SOON');
  return items;
}

/** The newest school year among the actions (the approved plan being carried out). */
export function newestYear(items: TrackedAction[]): string | undefined {
  return items.map((a) => a.schoolYear).sort().at(-1);
}
