import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { PlanPage } from './PlanPage';
import { SchoolDashboardPage } from '../../dashboard/pages/SchoolDashboardPage';
import { fakeApi, PRINCIPAL_HE_MUONG, renderWithApp } from '../../../test/render';
import { currentSchoolYear, shiftSchoolYear } from '../../../shared/format/schoolYear';

const SCHOOL = PRINCIPAL_HE_MUONG.orgUnit!;
const YEAR = currentSchoolYear();
const CHAIN = ['Phòng VH-XH xã Mường Phăng', 'Sở GD&ĐT Điện Biên'];

const listItem = (over: Record<string, unknown>) => ({
  id: 'p', schoolId: SCHOOL, schoolName: 'Hẹ Muông', schoolYear: YEAR, status: 'DRAFT', revision: 3, version: 1,
  documentNumber: '3/KH-THHM', submittedAt: '2026-10-01T02:00:00Z', decidedAt: null, submissionDeadline: '2026-10-31',
  late: false, lateSubmission: false, reviewDueAt: null, reviewOverdue: false,
  approvedVersion: null, amending: false, approvalLevels: [], approvalsGiven: 0, awaiting: null, decidableByMe: false,
  ...over,
});

/** This year's plan approved as version 2 and being amended; last year's waiting at the Sở (level 2/2). */
const plans = {
  items: [
    listItem({ id: 'now', status: 'DRAFT', version: 2, approvedVersion: 2, amending: true, approvalLevels: CHAIN }),
    listItem({
      id: 'last', schoolYear: shiftSchoolYear(YEAR, -1), status: 'SUBMITTED', approvalLevels: CHAIN, approvalsGiven: 1, awaiting: CHAIN[1],
      late: true, lateSubmission: true,
    }),
  ],
  total: 2,
};

describe('plan status with the approval chain, where the school sees its plans', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('the plan list says "Đã phê duyệt · đang điều chỉnh" and "Chờ <level> (cấp k/n)"', async () => {
    vi.stubGlobal('fetch', fakeApi({ '/api/plans/plans': plans }));
    renderWithApp(
      <Routes>
        <Route path="/school/plan" element={<PlanPage />} />
      </Routes>,
      { path: '/school/plan' },
    );

    const current = await screen.findByTestId('current-plan');
    expect(within(current).getByText('Đã phê duyệt · đang điều chỉnh')).toBeInTheDocument();
    expect(within(current).getByText('Bản điều chỉnh: Bản nháp')).toBeInTheDocument();
    const lastRow = screen.getByRole('link', { name: `Mở kế hoạch năm học ${shiftSchoolYear(YEAR, -1)}` }).closest('tr') as HTMLElement;
    expect(within(lastRow).getByText('Chờ Sở GD&ĐT Điện Biên (cấp 2/2)')).toBeInTheDocument();
    expect(within(lastRow).getByText('Nộp muộn')).toBeInTheDocument();
    const currentRow = screen.getByRole('link', { name: `Mở kế hoạch năm học ${YEAR}` }).closest('tr') as HTMLElement;
    expect(within(currentRow).queryByText('Nộp muộn')).not.toBeInTheDocument();
  });

  it('the school dashboard shows the amended plan as still approved', async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({
        [`/api/registry/schools/${SCHOOL}`]: { id: SCHOOL, name: 'Trường Tiểu học Hẹ Muông', levelLabel: 'Tiểu học', typeLabel: 'Công lập' },
        '/api/plans/assessments': { items: [] },
        '/api/monitoring/actions': { items: [] },
        '/api/plans/plans': { items: [plans.items[0]], total: 1 },
      }),
    );
    renderWithApp(<SchoolDashboardPage />);

    const card = await screen.findByTestId('dashboard-plan');
    expect(within(card).getByText('Đã phê duyệt · đang điều chỉnh')).toBeInTheDocument();
    expect(within(card).getByText('Bản điều chỉnh: Bản nháp')).toBeInTheDocument();
  });
});
