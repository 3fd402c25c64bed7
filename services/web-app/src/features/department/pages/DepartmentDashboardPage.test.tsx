import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { DepartmentDashboardPage } from './DepartmentDashboardPage';
import { fakeApi, renderWithApp } from '../../../test/render';
import type { User } from '../../../shared/auth/user';

const PROVINCE = 'd0000000-0000-4000-8000-000000000001';
const DISTRICT = 'd0000000-0000-4000-8000-000000000011';
const ADMIN: User = { username: 'admin.dienbien', name: 'Quản trị Điện Biên', roles: ['dept-admin'], tenant: 'dienbien', orgUnit: PROVINCE };

const aggregates = (l2: number, l3: number) => ({
  schoolCount: 3, assessedCount: 2, notAssessedCount: 1,
  byOverallLevel: { '0': 0, '1': 0, '2': l2, '3': l3, '4': 0 }, allCriteriaAtLevel2: 1, level3Distribution: [],
});

const answers = {
  '/api/registry/school-years': { items: [
    { schoolYear: '2025-2026', submissionDeadline: '2025-09-30', progressReportDates: [], status: 'CLOSED' },
    { schoolYear: '2026-2027', submissionDeadline: '2026-09-30', progressReportDates: [], status: 'OPEN' },
  ] },
  '/api/registry/org-units': { items: [
    { id: PROVINCE, parentId: null, kind: 'DEPARTMENT', name: 'Sở GD&ĐT Điện Biên', path: `/${PROVINCE}/`, status: 'ACTIVE' },
    { id: DISTRICT, parentId: PROVINCE, kind: 'DISTRICT_OFFICE', name: 'Phòng GD&ĐT Mường Chà', path: `/${PROVINCE}/${DISTRICT}/`, status: 'ACTIVE' },
  ] },
  '/api/registry/frameworks': [
    { id: 'TT17-2018-TH', schoolLevel: 'PRIMARY', circular: '17/2018/TT-BGDĐT', criteriaCount: 28 },
    { id: 'TT19-2018-MN', schoolLevel: 'PRESCHOOL', circular: '19/2018/TT-BGDĐT', criteriaCount: 25 },
  ],
  '/api/registry/schools': { items: [{ framework: 'TT17-2018-TH' }, { framework: 'TT19-2018-MN' }, { framework: 'TT17-2018-TH' }], total: 3, page: 0, size: 500 },
  '/api/reports/attainment': {
    schoolYear: '2026-2027', orgUnitId: PROVINCE, summary: aggregates(1, 1),
    units: [{ orgUnitId: DISTRICT, name: 'Phòng GD&ĐT Mường Chà', kind: 'DISTRICT_OFFICE', aggregates: aggregates(1, 1) }],
    items: [
      { rank: 1, schoolId: 's-hm', code: '11710301', name: 'Trường PTDTBT Tiểu học xã Hẹ Muông', level: 'PRIMARY', assessed: true, summaryLine: 'Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5', overallLevel: 2, allCriteriaAtLevel2: true },
      { rank: null, schoolId: 's-tx', code: '11710201', name: 'Trường THCS xã Thanh Xương', level: 'LOWER_SECONDARY', assessed: false, allCriteriaAtLevel2: false },
    ],
  },
  '/api/reports/criteria': {
    schoolYear: '2026-2027', orgUnitId: PROVINCE, framework: 'PRIMARY', assessedSchools: 2,
    criteria: [{ code: '1.1', schools: 2, averageLevel: 1.5, levels: [{ level: 0, schools: 0, share: 0 }, { level: 1, schools: 1, share: 50 }, { level: 2, schools: 1, share: 50 }, { level: 3, schools: 0, share: 0 }] }],
  },
  '/api/reports/criteria/1.1/schools': { code: '1.1', schools: [{ schoolId: 's-hm', code: '11710301', name: 'Trường PTDTBT Tiểu học xã Hẹ Muông', level: 'PRIMARY', assessmentYear: '2026-2027', criterionLevel: 2 }] },
  '/api/reports/submissions': {
    schoolYear: '2026-2027', orgUnitId: PROVINCE, submissionDeadline: '2026-09-30', schoolCount: 3,
    byStatus: { NONE: 1, DRAFT: 0, SUBMITTED: 0, RETURNED: 1, APPROVED: 1 }, lateCount: 1,
    items: [
      { schoolId: 's-hm', code: '11710301', name: 'Trường PTDTBT Tiểu học xã Hẹ Muông', level: 'PRIMARY', status: 'APPROVED', firstSubmittedAt: '2026-09-10T02:00:00Z', approvedAt: '2026-09-20T02:00:00Z', late: false },
      { schoolId: 's-tx', code: '11710201', name: 'Trường THCS xã Thanh Xương', level: 'LOWER_SECONDARY', status: 'NONE', late: true },
    ],
  },
  '/api/reports/progress': {
    schoolYear: '2026-2027', orgUnitId: PROVINCE,
    summary: { actions: 12, done: 3, percentDone: 21.14, budgetPlanned: 2_000_000, withoutBudget: 1, moneySpent: 1_234_567 },
    units: [], standards: [{ standard: '1', figures: { actions: 12, done: 3, percentDone: 21.1, budgetPlanned: 2_000_000, withoutBudget: 1, moneySpent: 1_234_567 }, schoolIds: [] }],
    schools: [],
  },
  '/api/reports/year-over-year': {
    from: '2025-2026', to: '2026-2027', orgUnitId: PROVINCE,
    summary: { schoolCount: 3, byMovement: { UP: 1, SAME: 1, ONLY_TO: 1 } },
    items: [
      { schoolId: 's-hm', code: '11710301', name: 'Trường PTDTBT Tiểu học xã Hẹ Muông', movement: 'UP', from: { overallLevel: 1, summaryLine: 'Mức 1: 27/27 · Mức 2: 20/27' }, to: { overallLevel: 2, summaryLine: 'Mức 1: 27/27 · Mức 2: 27/27' }, overallLevelChange: 1 },
      { schoolId: 's-tx', code: '11710201', name: 'Trường THCS xã Thanh Xương', movement: 'SAME', from: { overallLevel: 2, summaryLine: 'Mức 2 (năm trước)' }, to: { overallLevel: 2, summaryLine: 'Mức 2 (năm nay)' }, overallLevelChange: 0 },
      { schoolId: 's-mm', code: '11710401', name: 'Trường Mầm non số 1 Mường Mươn', movement: 'ONLY_TO', from: null, to: { overallLevel: 1, summaryLine: 'Mức 1 (năm nay)' }, overallLevelChange: null },
    ],
  },
};

describe('DepartmentDashboardPage', { timeout: 120_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows every report of the open school year with Vietnamese numbers, drills down and downloads', async () => {
    const fetch = fakeApi({
      ...answers,
      '/api/reports/rollup': () => new Response(new Blob(['PK']), { status: 200, headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }),
    });
    vi.stubGlobal('fetch', fetch);
    const urls = () => fetch.mock.calls.map(([u]) => String(u));

    renderWithApp(<DepartmentDashboardPage />, { user: ADMIN, path: '/department' });

    // the charts, described in words
    expect(await screen.findByLabelText('Số trường theo mức đạt: Mức 0: 0, Mức 1: 0, Mức 2: 1, Mức 3: 1, Mức 4: 0')).toBeInTheDocument();
    expect(await screen.findByLabelText(/Số trường theo trạng thái kế hoạch: Chưa có kế hoạch: 1/)).toBeInTheDocument();
    expect(await screen.findByLabelText('Bản đồ nhiệt tiêu chí; yếu nhất: 1.1 (trung bình 1,5)')).toBeInTheDocument();
    expect(await screen.findByLabelText('Kinh phí theo tiêu chuẩn: kế hoạch 2.000.000 đ, đã chi 1.234.567 đ')).toBeInTheDocument();
    expect(await screen.findByLabelText(/Số trường theo thay đổi mức đạt: Tăng: 1/)).toBeInTheDocument();
    // the numbers beside them
    expect(screen.getByText('Chưa có kế hoạch: 1 (33,3%)')).toBeInTheDocument();
    expect(screen.getByText('21,1%')).toBeInTheDocument();
    expect(screen.getByTestId('submissions-late')).toHaveTextContent('1');
    expect(urls()).toContain('/api/reports/attainment?schoolYear=2026-2027');
    expect(urls()).toContain('/api/reports/criteria?schoolYear=2026-2027&framework=TT17-2018-TH');
    expect(urls()).toContain('/api/reports/year-over-year?from=2025-2026&to=2026-2027');
    // the schools behind the year-over-year chart, each year's line side by side
    const yoy = screen.getByTestId('yoy-schools');
    expect(within(yoy).getByText('Mức 1: 27/27 · Mức 2: 20/27')).toBeInTheDocument();
    expect(within(yoy).getByText('Mức 1: 27/27 · Mức 2: 27/27')).toBeInTheDocument();
    expect(within(yoy).getAllByText('—')).toHaveLength(1);
    // schools without a plan are shown
    expect(within(screen.getByTestId('submission-schools')).getByText('Trường THCS xã Thanh Xương')).toBeInTheDocument();

    // a criterion drills down to its schools
    fireEvent.click(screen.getByTestId('criterion-1.1'));
    expect(await within(await screen.findByTestId('criterion-schools')).findByText('Trường PTDTBT Tiểu học xã Hẹ Muông')).toBeInTheDocument();

    // the roll-up as Excel
    fireEvent.click(screen.getByTestId('download-rollup'));
    await vi.waitFor(() => expect(urls()).toContain('/api/reports/rollup?schoolYear=2026-2027&format=xlsx'));

    // province → district
    fireEvent.click(within(screen.getByTestId('attainment-units')).getByText('Phòng GD&ĐT Mường Chà'));
    await vi.waitFor(() => expect(urls()).toContain(`/api/reports/submissions?schoolYear=2026-2027&orgUnitId=${DISTRICT}`));
    expect(within(screen.getByTestId('report-trail')).getByText('Sở GD&ĐT Điện Biên')).toBeInTheDocument();
  });

  it("shows the report's problem when one report fails, the others still load", async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({
        ...answers,
        '/api/reports/progress': () =>
          new Response(JSON.stringify({ title: 'Không tìm thấy đơn vị', detail: 'Đơn vị ngoài phạm vi của bạn.', status: 404 }), {
            status: 404,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
      }),
    );
    renderWithApp(<DepartmentDashboardPage />, { user: ADMIN, path: '/department' });
    expect(await screen.findByText('Đơn vị ngoài phạm vi của bạn.')).toBeInTheDocument();
    expect(await screen.findByLabelText(/Số trường theo mức đạt/)).toBeInTheDocument();
  });
});
