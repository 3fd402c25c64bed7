import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { ReviewPage } from './ReviewPage';
import { renderWithApp } from '../../../test/render';
import { fakeRoutes, problem } from '../../../test/fakeRoutes';
import { audit, lint, plan, PLAN_ID, queue, REVIEWER_HCM, versions } from './fixtures';

const base = `/api/plans/plans/${PLAN_ID}`;
const CHAIN = ['Phòng VH-XH phường Định Phước', 'Sở GD&ĐT TP.HCM'];

/** Định Phước's plan, approved by the ward's office (level 1 of 2), now awaiting the Sở. */
const atLevel2 = {
  ...plan,
  workflow: { latestVersion: 2, approvedVersion: null, amending: false, approvalLevels: CHAIN, approvalsGiven: 1, awaiting: CHAIN[1] },
};

function routes(decidableByMe: boolean, extra: Record<string, unknown> = {}) {
  return fakeRoutes({
    [`GET ${base}`]: atLevel2,
    [`GET ${base}/lint`]: lint,
    [`GET ${base}/versions`]: versions,
    [`GET ${base}/audit`]: audit,
    [`GET ${base}/review`]: () => problem(404, 'Không tìm thấy'),
    'GET /api/registry/schools/s1': { id: 's1', name: 'Trường Tiểu học Định Phước' },
    'GET /api/plans/plans': {
      ...queue,
      items: [{ ...queue.items[0], approvalLevels: CHAIN, approvalsGiven: 1, awaiting: CHAIN[1], amending: false, decidableByMe }],
    },
    ...extra,
  });
}

function renderReview() {
  return renderWithApp(
    <Routes>
      <Route path="/review/:planId" element={<ReviewPage />} />
    </Routes>,
    { user: REVIEWER_HCM, path: `/review/${PLAN_ID}` },
  );
}

describe('ReviewPage with an approval chain', { timeout: 120_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows the chain's progress and locks approve and return, with the reason, when another level is awaited", async () => {
    const api = routes(false);
    vi.stubGlobal('fetch', api.fetch);
    renderReview();

    const steps = await screen.findByTestId('approval-steps');
    expect(steps).toHaveTextContent('Phòng VH-XH phường Định Phước');
    expect(steps).toHaveTextContent('Đã phê duyệt ✓');
    expect(steps).toHaveTextContent('Sở GD&ĐT TP.HCM');
    expect(steps).toHaveTextContent('Đang chờ');
    expect(within(screen.getByTestId('review-status')).getByText('Chờ Sở GD&ĐT TP.HCM (cấp 2/2)')).toBeInTheDocument();

    expect(await screen.findByTestId('not-my-turn')).toHaveTextContent(
      'Chưa đến lượt bạn quyết định: kế hoạch đang chờ Sở GD&ĐT TP.HCM (cấp 2/2).',
    );
    expect(screen.getByRole('button', { name: 'Phê duyệt' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Trả lại để chỉnh sửa' })).toBeDisabled();
    // the reviewer may still keep notes
    expect(screen.getByRole('button', { name: 'Lưu nháp' })).toBeEnabled();
    // asked for this school and year only
    const listed = api.calls.find((c) => c.path === '/api/plans/plans')!;
    expect(listed.url.searchParams.get('schoolId')).toBe('s1');
    expect(listed.url.searchParams.get('schoolYear')).toBe('2026-2027');
  });

  it("approves at the caller's level and shows the service's detail when it refuses", async () => {
    const api = routes(true, {
      [`POST ${base}/approval`]: () =>
        problem(409, 'Vi phạm quy tắc nghiệp vụ', {
          type: 'https://eqip.vn/problems/not-your-approval-level',
          detail: 'Kế hoạch đang chờ Sở GD&ĐT TP.HCM quyết định (cấp 2/2).',
        }),
    });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderReview();

    await screen.findByTestId('approval-steps');
    // the list answered: it is the caller's turn
    await vi.waitFor(() => expect(api.calls.some((c) => c.path === '/api/plans/plans')).toBe(true));
    expect(screen.queryByTestId('not-my-turn')).not.toBeInTheDocument();
    const approve = screen.getByRole('button', { name: 'Phê duyệt' });
    expect(approve).toBeEnabled();

    await user.click(approve);
    const dialog = (await screen.findByText(/Phê duyệt kế hoạch này/)).closest('.ant-modal') as HTMLElement;
    await user.click(within(dialog).getByRole('button', { name: 'Phê duyệt' }));

    const alert = (await screen.findByText('Kế hoạch đang chờ Sở GD&ĐT TP.HCM quyết định (cấp 2/2).')).closest('[role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent('Vi phạm quy tắc nghiệp vụ');
    expect(alert).toHaveTextContent('Kế hoạch đang chờ Sở GD&ĐT TP.HCM quyết định (cấp 2/2).');
    // not mistaken for a concurrent change
    expect(alert).not.toHaveTextContent('Kế hoạch vừa được thay đổi');
    const post = api.calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe(`${base}/approval`);
    expect(post.headers['If-Match']).toBe('"4"');
  });
});
