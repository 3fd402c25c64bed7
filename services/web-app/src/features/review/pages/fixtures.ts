import type { User } from '../../../shared/auth/user';

export const REVIEWER_HCM: User = {
  username: 'reviewer.hcm',
  name: 'Trần Thị Thẩm',
  roles: ['reviewer'],
  tenant: 'hcm',
  orgUnit: 'h0000000-0000-4000-8000-000000000001',
};

export const PLAN_ID = 'p-dinh-phuoc';

export const queue = {
  items: [
    {
      id: PLAN_ID, schoolId: 's1', schoolName: 'Trường Tiểu học Định Phước', schoolYear: '2026-2027',
      status: 'SUBMITTED', revision: 4, version: 2, documentNumber: '56/KH-THĐP',
      submittedAt: '2026-10-02T02:30:00Z', decidedAt: null, submissionDeadline: '2026-09-30',
      late: true, lateSubmission: true, reviewDueAt: '2026-10-16T00:00:00Z', reviewOverdue: false,
    },
  ],
  total: 1, page: 0, size: 50,
};

const action = (id: string, description: string) => ({
  id, description, lead: 'Tổ chuyên môn', partners: null, timeline: 'Tháng 10/2026 – Tháng 5/2027',
  budget: '1.500.000 đồng', budgetVnd: 1_500_000, budgetSource: null,
  timelineStart: '2026-10-01', timelineEnd: '2027-05-31', recurring: false,
});

export const plan = {
  id: PLAN_ID, schoolId: 's1', schoolYear: '2026-2027', status: 'SUBMITTED', revision: 4,
  author: 'Nguyễn Văn Hiệu', baseline: { assessmentId: 'a1', schoolYear: '2025-2026', summaryLine: 'Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5' },
  documentNumber: '56/KH-THĐP',
  document: { schoolName: null, issuedOn: '2026-09-28', purposes: [], legalBases: [], implementation: [], recipients: [] },
  rows: [
    { id: 'r1', no: 1, tier: 'LEVELS_1_TO_3', criterionCode: '1.1', level4No: null, label: 'Tiêu chí 1.1', target: 'Đạt mức 3', actions: [action('a1', 'Rà soát phương hướng')], comments: [] },
    { id: 'r2', no: 2, tier: 'LEVELS_1_TO_3', criterionCode: '2.3', level4No: null, label: 'Tiêu chí 2.3', target: 'Đạt mức 2', actions: [action('a2', 'Bồi dưỡng giáo viên')], comments: [{ comment: 'Bổ sung kinh phí', by: 'Trần Thị Thẩm', at: '2026-09-20T03:00:00Z' }] },
    { id: 'r3', no: 3, tier: 'LEVEL_4', criterionCode: null, level4No: 2, label: 'Yêu cầu Mức 4 số 2', target: 'Đạt', actions: [], comments: [] },
  ],
};

export const lint = {
  errors: [{ rowId: 'r2', rowNo: 2, code: 'TARGET_ABOVE_BASELINE', message: 'Mục tiêu phải cao hơn mức hiện tại của tiêu chí 2.3.' }],
  warnings: [{ rowId: 'r3', rowNo: 3, code: 'ACTIONS_HAVE_LEADS', message: 'Dòng chưa có công việc nào.' }],
};

export const versions = {
  items: [
    { version: 1, revision: 2, submittedBy: 'Nguyễn Văn Hiệu', submittedAt: '2026-09-15T02:00:00Z', documentNumber: '56/KH-THĐP' },
    { version: 2, revision: 4, submittedBy: 'Nguyễn Văn Hiệu', submittedAt: '2026-10-02T02:30:00Z', documentNumber: '56/KH-THĐP' },
  ],
};

export const diff = {
  version: 2, against: 1, summary: { added: 1, removed: 0, changed: 1, moved: 0 }, document: [],
  rows: [
    { rowId: 'r2', label: 'Tiêu chí 2.3', change: 'CHANGED', moved: false, fromNo: 2, toNo: 2,
      fields: [{ field: 'target', label: 'Mục tiêu', before: 'Đạt mức 1', after: 'Đạt mức 2' }], actions: [] },
  ],
};

export const audit = {
  items: [
    { from: null, to: 'DRAFT', actorId: 'u1', actor: 'Nguyễn Văn Hiệu', at: '2026-09-01T02:00:00Z', comment: null },
    { from: 'DRAFT', to: 'SUBMITTED', actorId: 'u1', actor: 'Nguyễn Văn Hiệu', at: '2026-09-15T02:00:00Z', comment: null },
  ],
};
