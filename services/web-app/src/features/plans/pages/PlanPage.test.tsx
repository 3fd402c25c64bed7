import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { PlanPage } from './PlanPage';
import { PRINCIPAL_HE_MUONG, renderWithApp } from '../../../test/render';
import { fakeRoutes, problem } from '../../../test/fakeRoutes';
import { currentSchoolYear, shiftSchoolYear } from '../../../shared/format/schoolYear';

const SCHOOL = PRINCIPAL_HE_MUONG.orgUnit!;
const YEAR = currentSchoolYear();
const LAST_YEAR = shiftSchoolYear(YEAR, -1);

const lastYearsPlan = {
  id: 'old', schoolId: SCHOOL, schoolName: 'Hẹ Muông', schoolYear: LAST_YEAR, status: 'APPROVED', revision: 9, version: 2,
  documentNumber: '5/KH-HM', submittedAt: '2025-10-20T02:00:00Z', decidedAt: '2025-10-25T02:00:00Z', submissionDeadline: '2025-10-31', late: false,
};

function renderPage() {
  return renderWithApp(
    <Routes>
      <Route path="/school/plan" element={<PlanPage />} />
      <Route path="/school/plan/:id" element={<div>editor</div>} />
    </Routes>,
    { path: '/school/plan' },
  );
}

describe('PlanPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists the school's plans and starts this year's from last year's plan", async () => {
    const api = fakeRoutes({
      'GET /api/plans/plans': { items: [lastYearsPlan], total: 1 },
      'POST /api/plans/plans': { id: 'new', status: 'DRAFT', revision: 1 },
    });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderPage();

    expect(await screen.findByText('5/KH-HM')).toBeInTheDocument();
    expect(screen.getByText('Đã phê duyệt')).toBeInTheDocument();
    expect(screen.getByText('31/10/2025')).toBeInTheDocument();
    expect(screen.getByText(`Trường chưa có kế hoạch cải tiến năm học ${YEAR}.`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Lập kế hoạch năm học ${YEAR}` }));
    expect(await screen.findByText('editor')).toBeInTheDocument();
    expect(api.calls.find((c) => c.method === 'POST')!.body).toEqual({ schoolId: SCHOOL, schoolYear: YEAR, startFrom: 'LAST_YEAR' });
    expect(api.calls[0].url.searchParams.get('schoolId')).toBe(SCHOOL);
  });

  it("starts from the assessment with a target level, and shows the service's refusal", async () => {
    const api = fakeRoutes({
      'GET /api/plans/plans': { items: [], total: 0 },
      'POST /api/plans/plans': () =>
        problem(409, 'Chưa có kết quả tự đánh giá đã hoàn thành', { detail: 'Hoàn thành tự đánh giá trước khi lập kế hoạch từ kết quả.' }),
    });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByLabelText(/Kết quả tự đánh giá/));
    await user.click(screen.getByRole('button', { name: `Lập kế hoạch năm học ${YEAR}` }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Chưa có kết quả tự đánh giá đã hoàn thành');
    expect(api.calls.find((c) => c.method === 'POST')!.body).toEqual({ schoolId: SCHOOL, schoolYear: YEAR, startFrom: 'ASSESSMENT', targetLevel: 3 });
  });

  it('does not offer staff to start a plan', async () => {
    vi.stubGlobal('fetch', fakeRoutes({ 'GET /api/plans/plans': { items: [], total: 0 } }).fetch);
    renderWithApp(<PlanPage />, { user: { ...PRINCIPAL_HE_MUONG, username: 'staff.hemuong', roles: ['staff'] } });

    expect(await screen.findByText(`Trường chưa có kế hoạch cải tiến năm học ${YEAR}.`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Lập kế hoạch/ })).not.toBeInTheDocument();
  });
});
