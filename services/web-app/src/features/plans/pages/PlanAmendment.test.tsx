import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { PlanEditorPage } from './PlanEditorPage';
import { PRINCIPAL_HE_MUONG, renderWithApp } from '../../../test/render';
import { fakeRoutes, problem } from '../../../test/fakeRoutes';

const SCHOOL = PRINCIPAL_HE_MUONG.orgUnit!;

const action = (id: string, description: string) => ({
  id, description, lead: 'Hiệu trưởng', partners: null, timeline: 'Tháng 10/2026', budget: null,
  budgetVnd: null, timelineStart: '2026-10-01', timelineEnd: '2026-10-31', recurring: false,
});

/** Tiểu học Hẹ Muông's plan, approved as version 2 (the amendments of ADR 0018). */
function plan(status: string, workflow: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    id: 'p1', schoolId: SCHOOL, schoolYear: '2026-2027', status, revision: 12, author: 'principal.hemuong',
    documentNumber: '3/KH-THHM',
    rows: [
      { id: 'r1', no: 1, tier: 'LEVELS_1_TO_3', criterionCode: '3.1', label: 'Tiêu chí 3.1', target: 'Đạt mức 3', actions: [action('x1', 'Sửa chữa phòng học')], comments: [], accepted: true },
      { id: 'r2', no: 2, tier: 'LEVELS_1_TO_3', criterionCode: '4.1', label: 'Tiêu chí 4.1', target: 'Đạt mức 3', actions: [action('x2', 'Huy động nguồn lực')], comments: [], accepted: false },
    ],
    history: [
      { from: 'SUBMITTED', to: 'RETURNED', actor: 'reviewer.dienbien', at: '2026-10-05T03:00:00Z', comment: 'Bổ sung nguồn kinh phí.' },
      { from: 'SUBMITTED', to: 'APPROVED', actor: 'reviewer.dienbien', at: '2026-10-20T03:00:00Z' },
    ],
    document: { purposes: [], legalBases: [], implementation: [], recipients: [], title: 'Kế hoạch cải tiến' },
    workflow: { latestVersion: 2, approvedVersion: 2, amending: false, approvalLevels: [], approvalsGiven: 0, awaiting: null, ...workflow },
    deadlines: { submissionDeadline: '2026-09-30', lateSubmission: true, reviewDueAt: null, reviewOverdue: false },
    ...extra,
  };
}

function routes(body: unknown, extra: Record<string, unknown> = {}) {
  return fakeRoutes({
    'GET /api/plans/plans/p1': body,
    'GET /api/plans/plans/p1/lint': { errors: [], warnings: [] },
    [`GET /api/registry/schools/${SCHOOL}`]: { id: SCHOOL, code: 'HM', name: 'Trường Tiểu học Hẹ Muông', framework: 'TH-2018' },
    'GET /api/registry/frameworks/TH-2018': { id: 'TH-2018', criteria: [], level4Requirements: [] },
    ...extra,
  });
}

function renderPlan() {
  return renderWithApp(
    <Routes>
      <Route path="/school/plan/:id" element={<PlanEditorPage />} />
    </Routes>,
    { path: '/school/plan/p1' },
  );
}

vi.setConfig({ testTimeout: 150_000 });

describe('PlanEditorPage: amendments, locked rows, deadlines', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens an amendment of the approved plan with the reason and If-Match, after saying the approved version stays in force', async () => {
    const api = routes(plan('APPROVED'), {
      'POST /api/plans/plans/p1/amendment': plan('DRAFT', { amending: true }, { revision: 13 }),
    });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderPlan();

    expect(await screen.findByTestId('plan-status')).toHaveTextContent('Đã phê duyệt');
    // the deadline in dd/MM/yyyy and the late tag in the header
    expect(screen.getByTestId('plan-deadlines')).toHaveTextContent('Hạn nộp: 30/09/2026');
    expect(within(screen.getByTestId('plan-deadlines')).getByText('Nộp muộn')).toBeInTheDocument();
    expect(screen.queryByTestId('amendment-banner')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Điều chỉnh kế hoạch/ }));
    const dialog = (await screen.findByText('Điều chỉnh kế hoạch đã phê duyệt')).closest('.ant-modal') as HTMLElement;
    expect(within(dialog).getByTestId('amend-explain')).toHaveTextContent(
      'Bản đã phê duyệt (phiên bản 2) vẫn có hiệu lực cho việc theo dõi và báo cáo cho đến khi bản điều chỉnh được phê duyệt.',
    );
    await user.type(within(dialog).getByLabelText('Lý do điều chỉnh (không bắt buộc)'), 'Bổ sung hoạt động chuyển đổi số');
    await user.click(within(dialog).getByRole('button', { name: 'Bắt đầu điều chỉnh' }));

    expect(await screen.findByText('Đã mở bản điều chỉnh kế hoạch.')).toBeInTheDocument();
    const post = api.calls.find((c) => c.method === 'POST' && c.path === '/api/plans/plans/p1/amendment')!;
    expect(post.headers['If-Match']).toBe('"12"');
    expect(post.body).toEqual({ reason: 'Bổ sung hoạt động chuyển đổi số' });
  });

  it('sends no reason when none is given', async () => {
    const api = routes(plan('APPROVED'), {
      'POST /api/plans/plans/p1/amendment': plan('DRAFT', { amending: true }, { revision: 13 }),
    });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderPlan();

    await user.click(await screen.findByRole('button', { name: /Điều chỉnh kế hoạch/ }));
    await user.click(await screen.findByRole('button', { name: 'Bắt đầu điều chỉnh' }));

    await vi.waitFor(() => expect(api.calls.some((c) => c.method === 'POST' && c.path.endsWith('/amendment'))).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST' && c.path.endsWith('/amendment'))!.body).toEqual({ reason: null });
  });

  it('shows the amendment banner, the rows accepted by the reviewer locked, and discards the amendment after a confirmation', async () => {
    const api = routes(plan('RETURNED', { amending: true, latestVersion: 3 }), {
      'DELETE /api/plans/plans/p1/amendment': plan('APPROVED', {}, { revision: 14 }),
    });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderPlan();

    const banner = await screen.findByTestId('amendment-banner');
    expect(banner).toHaveTextContent(
      'Đang điều chỉnh — bản đã phê duyệt (phiên bản 2) vẫn có hiệu lực cho đến khi bản điều chỉnh được phê duyệt',
    );
    expect(screen.getByTestId('plan-status')).toHaveTextContent('Đã phê duyệt · đang điều chỉnh');
    expect(screen.getByTestId('plan-status')).toHaveTextContent('Bản điều chỉnh: Bị trả lại');
    // the return before the approval is an old round's: not shown again on the amendment
    expect(screen.queryByTestId('reviewer-comment')).not.toBeInTheDocument();

    // row 1 was accepted when the reviewer returned row 2: locked
    const row1 = screen.getByTestId('plan-row-1');
    expect(within(row1).getByTestId('row-accepted')).toHaveTextContent('Đã được chấp nhận · khóa');
    expect(within(row1).getByRole('button', { name: 'Sửa dòng 1' })).toBeDisabled();
    expect(within(row1).getByRole('button', { name: 'Xóa dòng 1' })).toBeDisabled();
    const row2 = screen.getByTestId('plan-row-2');
    expect(within(row2).queryByTestId('row-accepted')).not.toBeInTheDocument();
    expect(within(row2).getByRole('button', { name: 'Sửa dòng 2' })).toBeEnabled();

    await user.click(within(banner).getByRole('button', { name: /Hủy điều chỉnh/ }));
    const confirm = (await screen.findByText(/Hủy bản điều chỉnh\? Các thay đổi chưa được phê duyệt sẽ mất/)).closest('.ant-popover') as HTMLElement;
    expect(confirm).toHaveTextContent('kế hoạch trở lại đúng bản đã phê duyệt (phiên bản 2)');
    expect(api.calls.some((c) => c.method === 'DELETE')).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: 'Hủy điều chỉnh' }));

    expect(await screen.findByText('Đã hủy điều chỉnh: kế hoạch trở lại bản đã phê duyệt.')).toBeInTheDocument();
    const del = api.calls.find((c) => c.method === 'DELETE')!;
    expect(del.path).toBe('/api/plans/plans/p1/amendment');
    expect(del.headers['If-Match']).toBe('"12"');
  });

  it('offers no discard while the amendment awaits review, and shows who is awaited in the chain', async () => {
    vi.stubGlobal(
      'fetch',
      routes(
        plan('SUBMITTED', {
          amending: true, latestVersion: 3,
          approvalLevels: ['Phòng VH-XH xã Mường Phăng', 'Sở GD&ĐT Điện Biên'], approvalsGiven: 1, awaiting: 'Sở GD&ĐT Điện Biên',
        }),
      ).fetch,
    );
    renderPlan();

    const banner = await screen.findByTestId('amendment-banner');
    expect(banner).toHaveTextContent('rút bản điều chỉnh về trước');
    expect(within(banner).queryByRole('button', { name: /Hủy điều chỉnh/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('plan-status')).toHaveTextContent('Bản điều chỉnh: Chờ Sở GD&ĐT Điện Biên (cấp 2/2)');
    const steps = screen.getByTestId('approval-steps');
    expect(steps).toHaveTextContent('Phòng VH-XH xã Mường Phăng');
    expect(steps).toHaveTextContent('Đã phê duyệt ✓');
    expect(steps).toHaveTextContent('Đang chờ');
    expect(screen.getByRole('button', { name: /Rút kế hoạch về/ })).toBeInTheDocument();
  });

  it("shows the service's Vietnamese problem when the amendment is refused", async () => {
    vi.stubGlobal(
      'fetch',
      routes(plan('APPROVED'), {
        'POST /api/plans/plans/p1/amendment': () =>
          problem(409, 'Vi phạm quy tắc nghiệp vụ', {
            type: 'https://eqip.vn/problems/plan-not-approved',
            detail: 'Chỉ điều chỉnh được kế hoạch đã phê duyệt.',
          }),
      }).fetch,
    );
    const user = userEvent.setup();
    renderPlan();

    await user.click(await screen.findByRole('button', { name: /Điều chỉnh kế hoạch/ }));
    await user.click(await screen.findByRole('button', { name: 'Bắt đầu điều chỉnh' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Chỉ điều chỉnh được kế hoạch đã phê duyệt.');
  });
});
