import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { ReviewPage } from './ReviewPage';
import { fakeApi, renderWithApp } from '../../../test/render';
import { fakeRoutes, problem, type FakeCall } from '../../../test/fakeRoutes';
import type { ReviewDraft } from '../api/reviewApi';
import { audit, diff, lint, plan, PLAN_ID, REVIEWER_HCM, versions } from './fixtures';

const base = `/api/plans/plans/${PLAN_ID}`;

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

function answers(extra: Record<string, unknown> = {}) {
  return {
    [base]: plan,
    [`${base}/lint`]: lint,
    [`${base}/versions`]: versions,
    [`${base}/versions/2/diff`]: diff,
    [`${base}/audit`]: audit,
    '/api/registry/schools/s1': { id: 's1', name: 'Trường Tiểu học Định Phước' },
    ...extra,
  };
}

function renderReview() {
  return renderWithApp(
    <Routes>
      <Route path="/review/:planId" element={<ReviewPage />} />
    </Routes>,
    { user: REVIEWER_HCM, path: `/review/${PLAN_ID}` },
  );
}

describe('ReviewPage', { timeout: 120_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the plan grouped by standard with the lint findings on their rows', async () => {
    vi.stubGlobal('fetch', fakeApi(answers()));

    renderReview();

    expect(await screen.findByText('Thẩm định kế hoạch – Trường Tiểu học Định Phước')).toBeInTheDocument();
    expect(screen.getByText('Tiêu chuẩn 1 (Mức 1–3)')).toBeInTheDocument();
    expect(screen.getByText('Tiêu chuẩn 2 (Mức 1–3)')).toBeInTheDocument();
    expect(screen.getByText('Yêu cầu Mức 4')).toBeInTheDocument();
    const row2 = screen.getByTestId('plan-row-2');
    expect(await within(row2).findByText('Mục tiêu phải cao hơn mức hiện tại của tiêu chí 2.3.')).toBeInTheDocument();
    expect(within(row2).getByText(/Bổ sung kinh phí/)).toBeInTheDocument();
    expect(within(row2).getAllByText('1.500.000 đ').length).toBeGreaterThan(0);
    expect(within(row2).getByText('01/10/2026 – 31/05/2027')).toBeInTheDocument();
    expect(within(screen.getByTestId('plan-row-3')).getByText('Dòng chưa có công việc nào.')).toBeInTheDocument();
    expect(within(screen.getByTestId('plan-row-1')).queryByTestId('row-findings')).not.toBeInTheDocument();
    expect(screen.getByTestId('lint-count')).toHaveTextContent('1 lỗi, 1 cảnh báo');
  });

  it('returns the plan with the required reason, the row comments and If-Match', async () => {
    const posted: { url: string; body: unknown; ifMatch?: string }[] = [];
    const fetch = fakeApi(
      answers({
        [`${base}/review`]: () => json({ title: 'Không tìm thấy', status: 404 }, 404),
        [`${base}/return`]: () => json({ ...plan, status: 'RETURNED', revision: 5 }),
      }),
    );
    const spy = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (init?.method === 'PUT' && url.endsWith('/review')) {
        posted.push({ url, body: JSON.parse(String(init.body)) });
        return json({ planId: PLAN_ID, planRevision: 4, reviewer: 'x', status: 'DRAFT', sections: [], rows: [], updatedAt: '2026-10-03T00:00:00Z' });
      }
      if (init?.method === 'POST') {
        posted.push({ url, body: JSON.parse(String(init.body)), ifMatch: (init.headers as Record<string, string>)['If-Match'] });
      }
      return fetch(input);
    });
    vi.stubGlobal('fetch', spy);
    renderReview();

    fireEvent.change(await screen.findByLabelText('Nhận xét Tiêu chí 2.3'), { target: { value: 'Mục tiêu chưa phù hợp' } });
    await userEvent.click(screen.getByText('Trả lại để chỉnh sửa'));
    const dialog = (await screen.findByText('Trả lại kế hoạch cho nhà trường')).closest('.ant-modal') as HTMLElement;
    const ok = within(dialog).getByText('Trả lại để chỉnh sửa').closest('button')!;
    expect(ok).toBeDisabled();
    expect(within(dialog).getByText('Vui lòng nhập lý do trả lại.')).toBeInTheDocument();
    expect(within(dialog).getByText('Kèm theo 1 nhận xét trên các dòng.')).toBeInTheDocument();
    expect(within(dialog).getByTestId('return-scope')).toHaveTextContent('trả lại cả kế hoạch (3 dòng)');
    fireEvent.change(within(dialog).getByLabelText('Lý do trả lại'), { target: { value: 'Cần chỉnh sửa tiêu chí 2.3' } });
    await userEvent.click(ok);

    await vi.waitFor(() => expect(posted.some((p) => p.url.endsWith('/return'))).toBe(true));
    const ret = posted.find((p) => p.url.endsWith('/return'))!;
    expect(ret.ifMatch).toBe('"4"');
    expect(ret.body).toEqual({
      comment: 'Cần chỉnh sửa tiêu chí 2.3',
      rowComments: [{ rowId: 'r2', comment: 'Mục tiêu chưa phù hợp' }],
      // no row marked "cần chỉnh sửa": the whole plan goes back
      returnedRows: [],
    });
  });

  it('returns only the rows marked "cần chỉnh sửa", so the rows marked "đạt" stay accepted', async () => {
    const { fetch, calls } = fakeRoutes({
      [`GET ${base}`]: plan,
      [`GET ${base}/lint`]: lint,
      [`GET ${base}/versions`]: versions,
      [`GET ${base}/audit`]: audit,
      [`GET ${base}/review`]: () => problem(404, 'Không tìm thấy'),
      'GET /api/registry/schools/s1': { id: 's1', name: 'Trường Tiểu học Định Phước' },
      [`PUT ${base}/review`]: (call: FakeCall) => ({
        planId: PLAN_ID, planRevision: 4, reviewer: 'x', status: 'DRAFT', sections: [], rows: (call.body as ReviewDraft).rows, updatedAt: '2026-10-03T00:00:00Z',
      }),
      [`POST ${base}/return`]: { ...plan, status: 'RETURNED', revision: 5 },
    });
    vi.stubGlobal('fetch', fetch);
    renderReview();

    const verdictOf = async (label: string) => within(await screen.findByRole('radiogroup', { name: `Đánh giá ${label}` }));
    fireEvent.click((await verdictOf('Tiêu chí 1.1')).getByLabelText('Đạt'));
    fireEvent.click((await verdictOf('Tiêu chí 2.3')).getByLabelText('Cần chỉnh sửa'));
    fireEvent.change(screen.getByLabelText('Nhận xét Tiêu chí 2.3'), { target: { value: 'Mục tiêu chưa phù hợp' } });
    fireEvent.click(screen.getByText('Trả lại để chỉnh sửa'));
    const dialog = (await screen.findByText('Trả lại kế hoạch cho nhà trường')).closest('.ant-modal') as HTMLElement;
    // the reviewer sees what the return will reopen before sending it (row 3 has no verdict)
    const scope = within(dialog).getByTestId('return-scope');
    expect(scope).toHaveTextContent('Chỉ trả lại 1 dòng đánh giá "Cần chỉnh sửa"; 2 dòng còn lại được chấp nhận');
    expect(scope).toHaveTextContent('Trong đó 1 dòng chưa đánh giá cũng được chấp nhận.');
    fireEvent.change(within(dialog).getByLabelText('Lý do trả lại'), { target: { value: 'Sửa tiêu chí 2.3' } });
    fireEvent.click(within(dialog).getByText('Trả lại để chỉnh sửa').closest('button')!);

    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/return'))).toBe(true));
    const saved = calls.find((c) => c.method === 'PUT')!;
    expect((saved.body as ReviewDraft).rows).toEqual([
      { rowId: 'r1', verdict: 'DAT' },
      { rowId: 'r2', verdict: 'CAN_CHINH_SUA', comment: 'Mục tiêu chưa phù hợp' },
    ]);
    const ret = calls.find((c) => c.method === 'POST' && c.path.endsWith('/return'))!;
    expect(ret.headers['If-Match']).toBe('"4"');
    expect(ret.body).toEqual({
      comment: 'Sửa tiêu chí 2.3',
      rowComments: [{ rowId: 'r2', comment: 'Mục tiêu chưa phù hợp' }],
      returnedRows: ['r2'],
    });
  });

  it('says in Vietnamese that the plan changed when the approval meets a conflict', async () => {
    const fetch = fakeApi(
      answers({
        [`${base}/approval`]: () =>
          json({ title: 'Kế hoạch đã thay đổi', detail: 'Phiên bản 4 không còn là bản mới nhất.', status: 409 }, 409),
      }),
    );
    vi.stubGlobal('fetch', fetch);
    renderReview();

    await userEvent.click(await screen.findByText('Phê duyệt'));
    // the confirmation
    const dialog = (await screen.findByText(/Phê duyệt kế hoạch này/)).closest('.ant-modal') as HTMLElement;
    await userEvent.click(within(dialog).getByText('Phê duyệt'));

    expect(await screen.findByText(/Kế hoạch vừa được thay đổi/)).toBeInTheDocument();
    expect(screen.getByText('Phiên bản 4 không còn là bản mới nhất.')).toBeInTheDocument();
  });

  it('shows the diff against the returned version and the audit trail', async () => {
    vi.stubGlobal('fetch', fakeApi(answers()));
    renderReview();

    await userEvent.click(await screen.findByText('So sánh với bản trước'));
    expect(await screen.findByText(/Bản 2 so với bản 1: 1 dòng thêm, 0 dòng bỏ, 1 dòng sửa/)).toBeInTheDocument();
    expect(screen.getByText('Đạt mức 1')).toBeInTheDocument();

    await userEvent.click(screen.getByText('Nhật ký'));
    expect(await screen.findByTestId('audit-trail')).toHaveTextContent('15/09/2026 09:00');
  });
});
