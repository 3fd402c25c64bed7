import { api, request } from '../../../shared/api/client';
import { downloadFile } from '../../../shared/api/download';

export type PlanStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED' | 'WITHDRAWN';

/** GET /api/plans/plans (PlanListResponse.Item). */
export interface PlanListItem {
  id: string;
  schoolId: string;
  schoolName?: string | null;
  schoolYear: string;
  status: PlanStatus;
  revision: number;
  version: number;
  documentNumber?: string | null;
  submittedAt?: string | null;
  decidedAt?: string | null;
  submissionDeadline?: string | null;
  late: boolean;
  lateSubmission?: boolean;
  reviewDueAt?: string | null;
  reviewOverdue?: boolean;
  /** the approval chain and amendments (ADR 0018): see `Workflow` */
  approvedVersion?: number | null;
  amending?: boolean;
  approvalLevels?: string[];
  approvalsGiven?: number;
  awaiting?: string | null;
  /** a reviewer whose level is awaited now */
  decidableByMe?: boolean;
}

/**
 * Where a plan is in its workflow (PlanResponse.Workflow): `approvedVersion` the version in force,
 * `amending` an amendment of the approved plan is in progress, `approvalLevels` who decides, nearest
 * the school first (empty: one level, any reviewer in scope), `approvalsGiven` the levels that
 * approved the current submission, `awaiting` who decides next while SUBMITTED.
 */
export interface Workflow {
  latestVersion: number;
  approvedVersion?: number | null;
  amending: boolean;
  approvalLevels: string[];
  approvalsGiven: number;
  awaiting?: string | null;
}

/** PlanResponse.Deadlines: judged as in the list. */
export interface Deadlines {
  submissionDeadline?: string | null;
  lateSubmission: boolean;
  reviewDueAt?: string | null;
  reviewOverdue: boolean;
}

export interface PlanAction {
  id: string;
  description: string;
  lead: string;
  partners?: string | null;
  timeline?: string | null;
  budget?: string | null;
  budgetVnd?: number | null;
  budgetSource?: string | null;
  timelineStart?: string | null;
  timelineEnd?: string | null;
  recurring: boolean;
}

export interface RowComment {
  comment: string;
  by: string;
  at: string;
}

export interface PlanRow {
  id: string;
  no: number;
  tier: 'LEVELS_1_TO_3' | 'LEVEL_4';
  criterionCode?: string | null;
  level4No?: number | null;
  label: string;
  target: string;
  actions: PlanAction[];
  comments?: RowComment[] | null;
  /** a reviewer accepted the row when returning others: locked (409 row-accepted) */
  accepted?: boolean;
}

export interface PlanDocument {
  superiorBody?: string | null;
  schoolName?: string | null;
  abbreviation?: string | null;
  place?: string | null;
  issuedOn?: string | null;
  title?: string | null;
  purposes: string[];
  legalBases: string[];
  orientation?: string | null;
  implementation: { role: string; duties?: string | null }[];
  recipients: string[];
  signerTitle?: string | null;
  signerName?: string | null;
}

export interface Transition {
  from?: string | null;
  to: string;
  actor: string;
  at: string;
  comment?: string | null;
}

/** GET /api/plans/plans/{id} (PlanResponse). */
export interface Plan {
  id: string;
  schoolId: string;
  schoolYear: string;
  status: PlanStatus;
  revision: number;
  author: string;
  baseline?: { assessmentId: string; schoolYear: string; summaryLine: string } | null;
  rows: PlanRow[];
  history?: Transition[] | null;
  documentNumber?: string | null;
  document: PlanDocument;
  lint?: Lint | null;
  workflow?: Workflow | null;
  deadlines?: Deadlines | null;
}

export interface LintItem {
  rowId?: string | null;
  rowNo: number;
  code: string;
  message: string;
}

export interface Lint {
  errors: LintItem[];
  warnings: LintItem[];
}

export interface PlanVersion {
  version: number;
  revision: number;
  submittedBy: string;
  submittedAt: string;
  documentNumber?: string | null;
  rows: PlanRow[];
}

export interface DiffField {
  field: string;
  label: string;
  before?: string | null;
  after?: string | null;
}

export interface PlanDiff {
  version: number;
  against: number;
  summary: { added: number; removed: number; changed: number; moved: number };
  document: DiffField[];
  rows: {
    rowId: string;
    label: string;
    change: string;
    moved: boolean;
    fromNo?: number | null;
    toNo?: number | null;
    fields: DiffField[];
    actions: { actionId: string; change: string; fields: DiffField[] }[];
  }[];
}

export interface AuditEntry {
  from?: string | null;
  to: string;
  actorId: string;
  actor: string;
  at: string;
  comment?: string | null;
}

export type StartFrom = 'EMPTY' | 'LAST_YEAR' | 'ASSESSMENT';

/** POST/PUT …/rows (AddRowRequest). */
export interface RowRequest {
  criterionCode?: string | null;
  level4No?: number | null;
  target: string;
  actions: {
    id?: string | null;
    description: string;
    lead: string;
    partners?: string | null;
    timeline?: string | null;
    budget?: string | null;
  }[];
}

/** PATCH /api/plans/plans/{id} (DocumentRequest): a field left out is unchanged. */
export type DocumentRequest = Partial<PlanDocument>;

/** A change of the plan, sent with If-Match: the revision the user is looking at. */
async function change<T>(method: string, path: string, revision: number, body?: unknown): Promise<T> {
  const response = await request(method, path, { body, headers: { 'If-Match': `"${revision}"` } });
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

const plan = (id: string) => `/api/plans/plans/${encodeURIComponent(id)}`;

export const plansApi = {
  list: (q: { schoolId?: string; schoolYear?: string }, signal?: AbortSignal) =>
    api.get<{ items: PlanListItem[]; total: number }>('/api/plans/plans', { ...q, size: 200 }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Plan>(plan(id), undefined, signal),
  create: (body: { schoolId: string; schoolYear: string; startFrom: StartFrom; targetLevel?: number }) =>
    api.post<Plan>('/api/plans/plans', body),
  editDocument: (id: string, revision: number, body: DocumentRequest) =>
    change<Plan>('PATCH', plan(id), revision, body),
  addRow: (id: string, revision: number, body: RowRequest) =>
    change<PlanRow>('POST', `${plan(id)}/rows`, revision, body),
  replaceRow: (id: string, revision: number, rowId: string, body: RowRequest) =>
    change<Plan>('PUT', `${plan(id)}/rows/${encodeURIComponent(rowId)}`, revision, body),
  removeRow: (id: string, revision: number, rowId: string) =>
    change<Plan>('DELETE', `${plan(id)}/rows/${encodeURIComponent(rowId)}`, revision),
  moveRow: (id: string, revision: number, rowId: string, position: number) =>
    change<Plan>('POST', `${plan(id)}/rows/${encodeURIComponent(rowId)}/move`, revision, { position }),
  lint: (id: string, signal?: AbortSignal) => api.get<Lint>(`${plan(id)}/lint`, undefined, signal),
  submit: (id: string, revision: number) => change<Plan>('POST', `${plan(id)}/submission`, revision),
  withdraw: (id: string, revision: number, comment?: string) =>
    change<Plan>('POST', `${plan(id)}/withdrawal`, revision, { comment: comment || null }),
  versions: (id: string, signal?: AbortSignal) =>
    api.get<{ items: PlanVersion[] }>(`${plan(id)}/versions`, undefined, signal),
  diff: (id: string, version: number, signal?: AbortSignal) =>
    api.get<PlanDiff>(`${plan(id)}/versions/${version}/diff`, undefined, signal),
  audit: (id: string, signal?: AbortSignal) =>
    api.get<{ items: AuditEntry[] }>(`${plan(id)}/audit`, undefined, signal),
  /** An approved plan becomes a DRAFT amendment; the approved version stays in force (409 plan-not-approved). */
  startAmendment: (id: string, revision: number, reason?: string) =>
    change<Plan>('POST', `${plan(id)}/amendment`, revision, { reason: reason?.trim() || null }),
  /** Abandons the amendment being edited: back to the approved version (409 no-amendment-in-progress). */
  discardAmendment: (id: string, revision: number) => change<Plan>('DELETE', `${plan(id)}/amendment`, revision),
  /** The Word file, saved as "Kế hoạch cải tiến chất lượng 2026-2027.docx". */
  downloadWord: (id: string, fileName: string) => downloadFile(`${plan(id)}/document.docx`, fileName),
};

/** Statuses in which the school may change the plan. */
export function isEditable(status: PlanStatus): boolean {
  return status === 'DRAFT' || status === 'RETURNED' || status === 'WITHDRAWN';
}

/**
 * The reviewer's general comment: the comment of the latest return, unless the plan was approved
 * after it (an amendment starts without the old round's comments).
 */
export function latestReturnComment(history?: Transition[] | null): Transition | undefined {
  const latest = [...(history ?? [])].reverse().find((t) => t.to === 'RETURNED' || t.to === 'APPROVED');
  return latest?.to === 'RETURNED' ? latest : undefined;
}

export interface RowGroup {
  key: string;
  tier: PlanRow['tier'];
  standardNo?: number;
  rows: PlanRow[];
}

/**
 * The content table's groups, in row order: levels 1–3 by standard (the criterion code's first
 * number), then level 4. A row keeps its TT (no).
 */
export function groupRows(rows: PlanRow[]): RowGroup[] {
  const groups: RowGroup[] = [];
  for (const row of [...rows].sort((a, b) => a.no - b.no)) {
    const standardNo =
      row.tier === 'LEVEL_4' || !row.criterionCode ? undefined : Number(row.criterionCode.split('.')[0]);
    const key = row.tier === 'LEVEL_4' ? 'level4' : `standard-${standardNo}`;
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.rows.push(row);
    else groups.push({ key, tier: row.tier, standardNo, rows: [row] });
  }
  return groups;
}

/** A row as the editor sends it back (PUT keeps the actions' ids). */
export function rowRequestOf(row: PlanRow): RowRequest {
  return {
    criterionCode: row.criterionCode ?? null,
    level4No: row.level4No ?? null,
    target: row.target,
    actions: row.actions.map((a) => ({
      id: a.id,
      description: a.description,
      lead: a.lead,
      partners: a.partners ?? null,
      timeline: a.timeline ?? null,
      budget: a.budget ?? null,
    })),
  };
}
