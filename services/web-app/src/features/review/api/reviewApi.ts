import { api, ApiError, request } from '../../../shared/api/client';
import type { AuditEntry, Lint, LintItem, PlanDiff, PlanDocument, PlanListItem, PlanRow, PlanStatus, Workflow } from '../../plans/api/plansApi';

export const PLAN_STATUSES: PlanStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'WITHDRAWN'];

export interface PlanList {
  items: PlanListItem[];
  total: number;
  page: number;
  size: number;
}

export interface PlanListFilter {
  status?: string;
  orgUnitId?: string;
  late?: boolean;
  schoolYear?: string;
  page?: number;
  size?: number;
  /** only the submitted plans whose awaited approval level is the caller's */
  decidableByMe?: boolean;
}

/** The plan document's shapes are the plan feature's (one definition of PlanResponse). */
export type { Workflow } from '../../plans/api/plansApi';
export type { PlanAction, RowComment, PlanRow, PlanDocument } from '../../plans/api/plansApi';
/** The list, lint, audit and diff shapes are the plan feature's too. */
export type { AuditEntry, DiffField, Lint, LintItem, PlanDiff, PlanListItem, PlanStatus } from '../../plans/api/plansApi';

/** GET /api/plans/plans/{id} (PlanResponse); its ETag is `"revision"`. */
export interface Plan {
  id: string;
  schoolId: string;
  schoolYear: string;
  status: PlanStatus;
  revision: number;
  author: string;
  baseline?: { assessmentId: string; schoolYear: string; summaryLine: string } | null;
  rows: PlanRow[];
  documentNumber?: string | null;
  document: PlanDocument;
  workflow?: Workflow | null;
}

export type Verdict = 'DAT' | 'CAN_CHINH_SUA';
export type ReviewSection = 'HEADER' | 'PURPOSES' | 'LEGAL_BASES' | 'CONTENT' | 'IMPLEMENTATION' | 'SIGNATURE';
export const REVIEW_SECTIONS: ReviewSection[] = ['HEADER', 'PURPOSES', 'LEGAL_BASES', 'CONTENT', 'IMPLEMENTATION', 'SIGNATURE'];

/** GET/PUT /api/plans/plans/{id}/review (ReviewRequests.ReviewResponse) */
export interface SavedReview {
  planId: string;
  planRevision: number;
  reviewer: string;
  status: 'DRAFT' | 'DECIDED';
  comment?: string | null;
  sections: { section: ReviewSection; label: string; verdict: Verdict; verdictLabel: string; comment?: string | null }[];
  rows: { rowId: string; verdict?: Verdict | null; verdictLabel?: string | null; comment?: string | null }[];
  returnReason?: string | null;
  updatedAt: string;
}

export interface ReviewDraft {
  comment?: string;
  sections: { section: ReviewSection; verdict: Verdict; comment?: string }[];
  rows: { rowId: string; verdict?: Verdict; comment?: string }[];
}

/** GET /api/plans/plans/{id}/versions (only the fields the screen reads) */
export interface PlanVersionItem {
  version: number;
  revision: number;
  submittedBy: string;
  submittedAt: string;
  documentNumber?: string | null;
}


/**
 * POST /api/plans/plans/{id}/return (PlanReviewController.ReturnRequest). `returnedRows`: the rows
 * marked "cần chỉnh sửa"; every other row of the plan is then accepted and not reopened. Empty: the
 * whole plan is reopened.
 */
export interface ReturnRequest {
  comment: string;
  rowComments: { rowId: string; comment: string }[];
  returnedRows: string[];
}

/** What a return sends back, from the row verdicts: the rows to change and the rows accepted. */
export function returnScope(
  rows: { id: string }[],
  verdicts: Record<string, { verdict?: Verdict }>,
): { returned: string[]; accepted: string[]; unmarkedAccepted: number } {
  const returned = rows.filter((r) => verdicts[r.id]?.verdict === 'CAN_CHINH_SUA').map((r) => r.id);
  if (returned.length === 0) return { returned, accepted: [], unmarkedAccepted: 0 };
  const accepted = rows.filter((r) => !returned.includes(r.id)).map((r) => r.id);
  return { returned, accepted, unmarkedAccepted: accepted.filter((id) => !verdicts[id]?.verdict).length };
}

/** org units for the filter (GET /api/registry/org-units) */
export interface OrgUnitOption {
  id: string;
  parentId?: string | null;
  kind: string;
  name: string;
  path: string;
  status: string;
}

const plan = (id: string) => `/api/plans/plans/${encodeURIComponent(id)}`;

async function transition(path: string, revision: number, body?: unknown): Promise<Plan> {
  const response = await request('POST', path, {
    body: body ?? {},
    headers: { 'If-Match': `"${revision}"` },
  });
  return (await response.json()) as Plan;
}

export const reviewApi = {
  list: (filter: PlanListFilter, signal?: AbortSignal) =>
    api.get<PlanList>('/api/plans/plans', { ...filter }, signal),
  orgUnits: (signal?: AbortSignal) =>
    api.get<{ items: OrgUnitOption[] }>('/api/registry/org-units', undefined, signal),
  plan: (id: string, signal?: AbortSignal) => api.get<Plan>(plan(id), undefined, signal),
  /** the school's name (GET /api/registry/schools/{id}) */
  school: (id: string, signal?: AbortSignal) =>
    api.get<{ id: string; name: string }>(`/api/registry/schools/${encodeURIComponent(id)}`, undefined, signal),
  lint: (id: string, signal?: AbortSignal) => api.get<Lint>(`${plan(id)}/lint`, undefined, signal),
  /** the caller's draft review; undefined when there is none yet (404) */
  review: (id: string, signal?: AbortSignal) =>
    api.get<SavedReview>(`${plan(id)}/review`, undefined, signal).catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 404) return undefined;
      throw e;
    }),
  saveReview: (id: string, draft: ReviewDraft) => api.put<SavedReview>(`${plan(id)}/review`, draft),
  audit: (id: string, signal?: AbortSignal) =>
    api.get<{ items: AuditEntry[] }>(`${plan(id)}/audit`, undefined, signal),
  versions: (id: string, signal?: AbortSignal) =>
    api.get<{ items: PlanVersionItem[] }>(`${plan(id)}/versions`, undefined, signal),
  diff: (id: string, version: number, signal?: AbortSignal) =>
    api.get<PlanDiff>(`${plan(id)}/versions/${version}/diff`, undefined, signal),
  approve: (id: string, revision: number) => transition(`${plan(id)}/approval`, revision),
  returnForChanges: (id: string, revision: number, body: ReturnRequest) =>
    transition(`${plan(id)}/return`, revision, body),
};

/**
 * A conflict: someone changed the plan since it was loaded (stale If-Match). Not a refusal because
 * another level of the approval chain is awaited (409 not-your-approval-level: its own detail).
 */
export function isConflict(e: unknown): boolean {
  return (
    e instanceof ApiError &&
    (e.status === 409 || e.status === 412) &&
    !String(e.problem.type ?? '').includes('not-your-approval-level')
  );
}

/** The standard a criterion belongs to: "1.2" → "1"; level-4 rows → null. */
export function standardOf(row: PlanRow): string | null {
  if (row.tier === 'LEVEL_4' || !row.criterionCode) return null;
  return row.criterionCode.split('.')[0];
}

export interface RowGroup {
  key: string;
  tier: PlanRow['tier'];
  standard: string | null;
  rows: PlanRow[];
}

/** Rows grouped by tier, then by standard (in plan order). */
export function groupRows(rows: PlanRow[]): RowGroup[] {
  const groups: RowGroup[] = [];
  for (const row of [...rows].sort((a, b) => a.no - b.no)) {
    const standard = standardOf(row);
    const key = `${row.tier}:${standard ?? ''}`;
    let group = groups.find((g) => g.key === key);
    if (!group) {
      group = { key, tier: row.tier, standard, rows: [] };
      groups.push(group);
    }
    group.rows.push(row);
  }
  return groups;
}

/** Findings by row id (findings without a row under ''). */
export function findingsByRow(lint: Lint | undefined): Map<string, { severity: 'error' | 'warning'; item: LintItem }[]> {
  const map = new Map<string, { severity: 'error' | 'warning'; item: LintItem }[]>();
  const add = (severity: 'error' | 'warning', item: LintItem) => {
    const key = item.rowId ?? '';
    map.set(key, [...(map.get(key) ?? []), { severity, item }]);
  };
  lint?.errors.forEach((i) => add('error', i));
  lint?.warnings.forEach((i) => add('warning', i));
  return map;
}
